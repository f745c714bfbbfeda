print("before import")  # expect: before import
import definitely_missing_module_xyz
# expect error: ModuleNotFoundError
