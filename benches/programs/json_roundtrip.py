"""JSON round trip: build a nested document of records, serialise it with json.dumps (compact,
indented, sorted keys), parse it back with json.loads and check the round trip."""
import json
import random


def make_document(rng, n):
    tags = ["alpha", "beta", "gamma", "delta", "épsilon", "ζeta", "eta\ttab", 'quote"d']
    users = []
    for i in range(n):
        users.append({
            "id": i,
            "name": f"user{i:05d}",
            "active": rng.random() < 0.7,
            "score": round(rng.uniform(-1000, 1000), 6),
            "ratio": rng.random() / 3,
            "tags": rng.sample(tags, rng.randint(0, 4)),
            "address": {"street": f"{rng.randint(1, 999)} Main St", "zip": f"{rng.randint(0, 99999):05d}",
                        "geo": [rng.uniform(-90, 90), rng.uniform(-180, 180)]},
            "manager": None if i % 5 else i // 5,
            "history": [{"day": d, "visits": rng.randint(0, 50)} for d in range(rng.randint(0, 5))],
        })
    return {"version": 3, "generated": "2024-01-01T00:00:00Z", "users": users,
            "big": 2 ** 70, "unicode": "snowman \u2603 and emoji \U0001F600"}


def main():
    rng = random.Random(42)
    doc = make_document(rng, 2000)
    sizes = []
    for options in ({}, {"separators": (",", ":")}, {"indent": 2, "sort_keys": True},
                    {"ensure_ascii": False}):
        for _ in range(3):
            text = json.dumps(doc, **options)
            back = json.loads(text)
        assert back == doc, options
        sizes.append(len(text))
    print("sizes", sizes)
    total = sum(u["score"] for u in back["users"])
    print(f"total score {total:.6f}")
    print(json.dumps(back["users"][7], sort_keys=True))
    print(json.dumps(back["unicode"]), back["big"])


if __name__ == "__main__":
    main()
