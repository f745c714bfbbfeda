def todo():
    raise NotImplementedError
todo()
# expect error: NotImplementedError
