# Keyword arguments of a class statement go to the parent's __init_subclass__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


opts = {"name": "yaml"}


class Yaml(Plugin, **opts):
    x = 1


class Sub(Csv, name="sub-csv"):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name, Yaml.plugin_name, Yaml.x)  # expect: ['csv', 'json', 'sub-csv', 'yaml'] csv json yaml 1
print(Sub.plugin_name, Plugin.registry["sub-csv"] is Sub)  # expect: sub-csv True
try:
    class Bad(Plugin, name="bad", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: Bad.__init_subclass__() takes no keyword arguments
try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: Plain.__init_subclass__() takes no keyword arguments


def tagged(cls):
    cls.tagged = True
    return cls


@tagged
class Dec(Plugin, name=" ".join(["a", "b"])):
    pass


print(Dec.plugin_name, Dec.tagged)  # expect: a b True
