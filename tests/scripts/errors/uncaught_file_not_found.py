open("/nonexistent/fibra/file.txt")
# expect error: FileNotFoundError
