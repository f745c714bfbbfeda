import json
raw = '{"servers": [{"name": "a", "port": 80, "tags": ["web"]}, {"name": "b", "port": 5432, "tags": ["db", "primary"]}], "debug": false}'
cfg = json.loads(raw)
for s in cfg["servers"]:
    print(f"{s['name']}:{s['port']} {','.join(s['tags'])}")  # expect: a:80 web
    # expect: b:5432 db,primary
cfg["debug"] = True
cfg["servers"].append({"name": "c", "port": 6379, "tags": []})
ports = {s["name"]: s["port"] for s in cfg["servers"]}
print(ports)  # expect: {'a': 80, 'b': 5432, 'c': 6379}
print(json.dumps(cfg, sort_keys=True)[:60])  # expect: {"debug": true, "servers": [{"name": "a", "port": 80, "tags"
print(json.loads(json.dumps(cfg)) == cfg)  # expect: True
