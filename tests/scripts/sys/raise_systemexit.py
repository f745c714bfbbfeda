print("raising")  # expect: raising
raise SystemExit(7)
# expect exit: 7
