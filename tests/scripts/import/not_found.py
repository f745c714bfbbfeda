try:
    import no_such_module_fibra
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)  # expect: ModuleNotFoundError: No module named 'no_such_module_fibra' no_such_module_fibra
try:
    from os import no_such_name
except ImportError as e:
    print("ImportError")  # expect: ImportError
print(issubclass(ModuleNotFoundError, ImportError))  # expect: True
