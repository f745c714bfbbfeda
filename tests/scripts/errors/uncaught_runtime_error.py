raise RuntimeError("generic failure")
# expect error: RuntimeError
