config = {"db": {}}
port = config["db"]["port"] + 1
