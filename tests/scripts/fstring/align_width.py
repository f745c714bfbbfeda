x = "ab"
print(f"[{x:>10}]")  # expect: [        ab]
print(f"[{x:<10}]")  # expect: [ab        ]
print(f"[{x:^10}]")  # expect: [    ab    ]
print(f"[{x:*^9}]")  # expect: [***ab****]
print(f"[{x:-<6}]")  # expect: [ab----]
print(f"[{42:>6}] [{42:<6}] [{42:^6}] [{42:06}]")  # expect: [    42] [42    ] [  42  ] [000042]
print(f"[{-42:=8}] [{-42:08}] [{'x':10}] [{3:10}]")  # expect: [-     42] [-0000042] [x         ] [         3]
