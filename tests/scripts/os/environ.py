import os
print(os.getenv("FIBRA_SURELY_UNSET_VAR"), os.getenv("FIBRA_SURELY_UNSET_VAR", "fallback"))  # expect: None fallback
print(os.environ.get("FIBRA_SURELY_UNSET_VAR", "dflt"), "FIBRA_SURELY_UNSET_VAR" in os.environ)  # expect: dflt False
print(isinstance(os.getcwd(), str), os.path.isabs(os.getcwd()))  # expect: True True
print(isinstance(os.getpid(), int))  # expect: True
