"""Ray tracer: spheres and a checkered plane, with diffuse and specular lighting, shadows
and reflections, rendered at low resolution; prints an ASCII preview and a checksum."""
import math


class Vec:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)
EPSILON = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center, self.radius, self.color, self.reflect = center, radius, color, reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPSILON:
                return t
        return None

    def normal(self, point):
        return (point - self.center).normalized()

    def color_at(self, point):
        return self.color


class Plane:
    def __init__(self, point, normal, reflect):
        self.point, self.n, self.reflect = point, normal.normalized(), reflect

    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > EPSILON else None

    def normal(self, point):
        return self.n

    def color_at(self, point):
        return WHITE if (math.floor(point.x) + math.floor(point.z)) % 2 == 0 else Vec(0.2, 0.2, 0.2)


class Scene:
    def __init__(self, objects, lights, ambient=0.1, max_depth=3):
        self.objects, self.lights = objects, lights
        self.ambient, self.max_depth = ambient, max_depth

    def nearest(self, ray):
        best, hit = math.inf, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best:
                best, hit = t, obj
        return hit, best

    def trace(self, ray, depth=0):
        obj, t = self.nearest(ray)
        if obj is None:
            return BLACK
        point = ray.at(t)
        normal = obj.normal(point)
        base = obj.color_at(point)
        color = base * self.ambient
        for light_pos, light_color in self.lights:
            to_light = light_pos - point
            distance = to_light.length()
            to_light = to_light * (1.0 / distance)
            shadow_obj, shadow_t = self.nearest(Ray(point + normal * 1e-4, to_light))
            if shadow_obj is not None and shadow_t < distance:
                continue
            diffuse = max(0.0, normal.dot(to_light))
            color = color + base.hadamard(light_color) * diffuse
            halfway = (to_light - ray.direction).normalized()
            specular = max(0.0, normal.dot(halfway)) ** 40
            color = color + light_color * specular
        if obj.reflect > 0 and depth < self.max_depth:
            d = ray.direction
            reflected = d - normal * (2 * d.dot(normal))
            color = color + self.trace(Ray(point + normal * 1e-4, reflected), depth + 1) * obj.reflect
        return color


def render(scene, width, height):
    eye = Vec(0.0, 1.5, -5.0)
    aspect = width / height
    pixels = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (2 * (i + 0.5) / width - 1) * aspect
            y = 1 - 2 * (j + 0.5) / height
            c = scene.trace(Ray(eye, Vec(x, y + 1.0, 0.0) - Vec(0.0, 1.0, -1.5)))
            row.append(min(1.0, (c.x + c.y + c.z) / 3))
        pixels.append(row)
    return pixels


def main():
    scene = Scene(
        [Sphere(Vec(0.0, 1.0, 2.0), 1.0, Vec(1.0, 0.2, 0.2), 0.3),
         Sphere(Vec(-2.0, 0.75, 3.0), 0.75, Vec(0.2, 1.0, 0.2), 0.2),
         Sphere(Vec(2.0, 0.5, 1.5), 0.5, Vec(0.3, 0.3, 1.0), 0.5),
         Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.25)],
        [(Vec(-3.0, 5.0, -3.0), Vec(0.8, 0.8, 0.8)), (Vec(4.0, 3.0, -1.0), Vec(0.3, 0.3, 0.3))])
    width, height = 200, 100
    pixels = render(scene, width, height)
    shades = " .:-=+*#%@"
    for row in pixels[::5]:
        print("".join(shades[min(9, int(v * 10))] for v in row[::3]).rstrip())
    print(f"mean brightness {sum(map(sum, pixels)) / (width * height):.9f}")


if __name__ == "__main__":
    main()
