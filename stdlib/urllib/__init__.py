"""The `urllib` package: only `urllib.parse` exists in Fibra."""
