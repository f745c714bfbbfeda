import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "modules"))
try:
    import broken_helper
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: module failed during import
print("broken_helper" in sys.modules)  # expect: False
