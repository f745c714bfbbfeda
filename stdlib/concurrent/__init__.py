"""The concurrent package (only concurrent.futures is provided)."""
