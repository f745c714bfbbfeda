class ConfigError(Exception):
    pass
def load():
    raise ConfigError("missing setting 'x'")
print("loading")  # expect: loading
load()
# expect error: ConfigError
