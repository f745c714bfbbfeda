def make_machine():
    state = "idle"
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                   ("paused", "start"): "running", ("running", "stop"): "idle"}
    def send(event):
        nonlocal state
        key = (state, event)
        if key not in transitions:
            return f"invalid {event!r} in {state}"
        state = transitions[key]
        return state
    return send
m = make_machine()
for ev in ["start", "pause", "stop", "start", "stop", "pause"]:
    print(ev, "->", m(ev))  # expect: start -> running
    # expect: pause -> paused
    # expect: stop -> invalid 'stop' in paused
    # expect: start -> running
    # expect: stop -> idle
    # expect: pause -> invalid 'pause' in idle
