"""DeltaBlue: an incremental solver for hierarchies of one-way dataflow constraints
(Freeman-Benson and Maloney). Constraints have strengths, from required down to weakest;
adding or removing one re-plans only the part of the graph it affects, and an extracted
plan re-executes the solution whenever an input changes. Runs the classic chain test (a long
chain of equalities driven from one end) and projection test (a bank of scale-and-offset
constraints driven from either side), checking every result."""

# Strengths: a smaller number is a stronger constraint.
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
STRENGTH_NAMES = ("required", "strong preferred", "preferred", "strong default", "normal",
                  "weak default", "weakest")

# Which way a two-variable constraint currently computes.
NONE, FORWARD, BACKWARD = 0, 1, 2

RUNS = 60


class SolverError(Exception):
    pass


class Variable:
    """A value in the constraint graph, with what the solver knows about it."""

    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        # The strength of the weakest constraint upstream: how easily the value could be
        # changed by re-routing the dataflow.
        self.walk_strength = WEAKEST
        # True if the value does not depend on any edit (an input) upstream: constant.
        self.stay = True
        self.mark = 0

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None

    def __repr__(self):
        return f"{self.name}={self.value}"


class Constraint:
    """The part every constraint shares: satisfying itself, possibly by overriding a weaker
    constraint that used to determine the same output."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Tries to satisfy this constraint; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.propagate_from(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    """A constraint on one variable, which is always its output."""

    def __init__(self, planner, variable, strength):
        super().__init__(planner, strength)
        self.variable = variable
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.variable.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.variable.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.variable
        self.satisfied = v.mark != mark and self.strength < v.walk_strength

    def is_satisfied(self):
        return self.satisfied

    def mark_unsatisfied(self):
        self.satisfied = False

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.variable

    def recalculate(self):
        v = self.variable
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()


class StayConstraint(UnaryConstraint):
    """Keeps a variable where it is unless something stronger moves it."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable the user is about to change: an input of the plan."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    """A constraint between two variables that can compute either one from the other."""

    def __init__(self, planner, a, b, strength):
        super().__init__(planner, strength)
        self.a = a
        self.b = b
        self.direction = NONE
        self.install()

    def add_to_graph(self):
        self.a.attach(self)
        self.b.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.a.detach(self)
        self.b.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        a, b, s = self.a, self.b, self.strength
        if a.mark == mark:
            # a was already decided during this pass: only b can be the output.
            self.direction = FORWARD if b.mark != mark and s < b.walk_strength else NONE
        elif b.mark == mark:
            self.direction = BACKWARD if a.mark != mark and s < a.walk_strength else NONE
        elif a.walk_strength > b.walk_strength:
            # a is the easier one to change.
            self.direction = BACKWARD if s < a.walk_strength else NONE
        else:
            self.direction = FORWARD if s < b.walk_strength else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_unsatisfied(self):
        self.direction = NONE

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None

    def recalculate(self):
        src, out = self.input(), self.output()
        out.walk_strength = max(self.strength, src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    """a == b."""

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b == a * scale + offset, where scale and offset are variables too (read-only here)."""

    def __init__(self, planner, a, scale, offset, b, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(planner, a, b, strength)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def recalculate(self):
        src, out = self.input(), self.output()
        out.walk_strength = max(self.strength, src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value


class Planner:
    """Keeps the constraint graph solved as constraints come and go, and extracts plans."""

    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        """Satisfies `constraint`, then re-satisfies whatever it overrode, and so on."""
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        """Removes `constraint`, then tries the constraints it left unsatisfied, strongest
        first (one of them may now be satisfiable)."""
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_downstream(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for c in unsatisfied:
                if c.strength == strength:
                    self.incremental_add(c)

    def propagate_from(self, constraint, mark):
        """Recomputes walk strengths and constant values downstream of `constraint`; False
        (after undoing the addition) if that walk comes back to a marked variable: a cycle."""
        todo = [constraint]
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.consumers_of(out, todo)
        return True

    def remove_downstream(self, var):
        """Forgets what `var` determined and returns the unsatisfied constraints found while
        re-deriving everything downstream of it."""
        var.determined_by = None
        var.walk_strength = WEAKEST
        var.stay = True
        unsatisfied = []
        todo = [var]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            source = v.determined_by
            for c in v.constraints:
                if c is not source and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def consumers_of(self, var, into):
        source = var.determined_by
        for c in var.constraints:
            if c is not source and c.is_satisfied():
                into.append(c)

    def make_plan(self, sources):
        """Orders the constraints reachable from `sources` so that each one runs after the
        constraints computing its inputs (a breadth-first walk from the inputs)."""
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        head = 0
        while head < len(todo):
            c = todo[head]
            head += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.consumers_of(out, todo)
        return Plan(plan)

    def plan_for(self, constraints):
        return self.make_plan(c for c in constraints if c.is_input() and c.is_satisfied())


class Plan:
    def __init__(self, steps):
        self.steps = steps

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for step in self.steps:
            step.execute()


def set_value(planner, var, value, repeats=10):
    """Drives `var` to `value` through an edit constraint, as a user dragging it would."""
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(repeats):
        var.value = value
        plan.execute()
    edit.uninstall()
    return len(plan)


def chain_test(n):
    """v0 == v1 == ... == vn, the last one held by a stay; edits to v0 must reach vn."""
    planner = Planner()
    variables = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            raise SolverError(f"chain test failed: {last!r} after setting {i}")
        total += last.value
    edit.uninstall()
    # Now edit the other end: the chain re-plans to flow backwards, overriding the stay.
    backwards = set_value(planner, last, 7)
    if first.value != 7:
        raise SolverError(f"chain test failed backwards: {first!r}")
    return len(plan), total, backwards


def projection_test(n):
    """dst_i == src_i * scale + offset for n pairs; change either side or the parameters."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    steps = set_value(planner, src, 17)
    if dst.value != 1170:
        raise SolverError(f"projection 1 failed: {dst!r}")
    steps += set_value(planner, dst, 1050)
    if src.value != 5:
        raise SolverError(f"projection 2 failed: {src!r}")
    steps += set_value(planner, scale, 5)
    for i, d in enumerate(dests[:-1]):
        if d.value != i * 5 + 1000:
            raise SolverError(f"projection 3 failed: {d!r}")
    steps += set_value(planner, offset, 2000)
    for i, d in enumerate(dests[:-1]):
        if d.value != i * 5 + 2000:
            raise SolverError(f"projection 4 failed: {d!r}")
    return steps, sum(d.value for d in dests)


def required_conflict():
    """Two required constraints that cannot both hold: the second one is refused."""
    planner = Planner()
    a, b = Variable("a", 1), Variable("b", 2)
    EditConstraint(planner, a, REQUIRED)
    EditConstraint(planner, b, REQUIRED)
    try:
        EqualityConstraint(planner, a, b, REQUIRED)
    except SolverError as e:
        return str(e)
    return "no conflict detected"


def main():
    results = []
    for _ in range(RUNS):
        for n in (50, 100, 200):
            results.append((n, chain_test(n), projection_test(n)))
    for n, chain, projection in results[:3]:
        print(f"chain {n}: plan {chain[0]} steps, sum {chain[1]}, backwards plan {chain[2]} steps")
        print(f"projection {n}: plans {projection[0]} steps, checksum {projection[1]}")
    print("runs:", len(results), "all equal:", len(set(results)) == 3)
    print("conflict:", required_conflict())
    print("strengths:", ", ".join(STRENGTH_NAMES))


if __name__ == "__main__":
    main()
