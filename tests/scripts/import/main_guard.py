def main():
    print("main called")
if __name__ == "__main__":
    main()  # expect: main called
print(__name__)  # expect: __main__
