"""Every statement and expression form of Python 3.11, to compare our dump with CPython's."""
from __future__ import annotations
import a.b.c as d, e
from . import x
from ..pkg.mod import (y as z, w,)
from ... import *

NUMBERS = [0, 7, 1_000_000, 0x_FF, 0o17, 0b1010, 12345678901234567890123, 0.1, 1., .5, 1e22, 1e-7, 2.5e+300,
           1e400, 5e-324, 1.7976931348623157e308, 123456789012345678.0, 3j, 1.5J, 1e20j, 0.0, 00]
STRINGS = ['plain', "double", 'it\'s', "say \"hi\"", '''triple ' " ''', """also\ntriple""", r'raw\n\d',
           b'bytes\x00\xff\'', rb'raw\bytes', u'unicode kind', 'tab\there', 'bell\a\x7f', '\N{BULLET} \u00e9 \U0001F600',
           'é漢字', 'adjacent' " strings" '''joined''', '\101\7\0', 'line \
continued', 'unknown \q escape', B"upper", Rb'\d']
FSTRINGS = [f'', f'plain', f'{x}', f'{x!r}', f"{x!s:>10}", f'{x:{width}.{precision}f}', f'{x=}', f'{x = !a}',
            f'{x=:>4}', f'{{literal}} {x}', f'{"nested" + f"{y}"}', f'{a["k"]}', f'{x:}', 'a' f'{b}' 'c',
            rf'\d{x}', f'''multi
{x
 + 1}''', f'{3.14:.{n}}', f'{x!r:^{w}}']


@decorator
@decorator.with_args(1, key=2)
@(lambda f: f)
def function(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> "ret":
    global G
    x: int = 5
    y: list[int]
    (z): int = 1
    obj.attr: str = "s"
    seq[0]: int
    x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2; x @= m; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
    a = b = c = d
    a, *rest = items
    [p, (q, r)] = pairs
    obj.attr, seq[1:2] = 1, 2
    del a, b[0], c.d
    del (e, f)

    def inner():
        nonlocal x
        return

    return lambda: (yield)


def annotated(a: int, *args: *Ts, b: "str" = "x", **kw: dict) -> None: ...


async def coroutine():
    async with manager() as m, other:
        pass
    async for item in stream:
        await item
    result = [i async for i in aiter() if await i]
    return await coroutine()


def generator():
    yield
    yield 1
    yield 1, 2
    x = yield from other()
    y = yield


class Plain:
    pass


class Derived(Base, metaclass=Meta, **options):
    """Docstring."""
    attribute = 1

    @property
    def prop(self):
        return self.attribute


def expressions():
    value = a if b else c
    value = not a and b or c and not d
    value = a < b <= c != d == e > f >= g is h is not i in j not in k
    value = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
    value = -a ** -b ** c
    value = (-a) ** b
    value = ~a + +b - -c
    value = await_ if True else False
    value = f(a)(b)[c].d
    value = f(*args, key=value, **kwargs)
    value = f(x for x in y)
    value = f(a, *b, c, *d, e=1, **f, g=2)
    value = (n := 10) + (m := n)
    value = [y := f(x), y ** 2]
    value = seq[1:2, ::3, ...]
    value = seq[:]
    value = seq[::]
    value = seq[a:b:c]
    value = seq[*idx]
    value = seq[x, *y]
    value = seq[()]
    value = seq[1,]
    value = {**a, 'b': 1, **c}
    value = {}
    value = {1, 2, *s}
    value = ()
    value = (1,)
    value = 1,
    value = [*a, *b]
    value = {k: v for k, v in pairs if k if v}
    value = {x for x in xs}
    value = [x for x in xs for y in x]
    value = (x for x in xs)
    value = [(x, y) for x, y in zip(a, b)]
    value = lambda: 0
    value = lambda x, /, y=1, *z, w, **v: (x, y, z, w, v)
    value = lambda *, k: k
    value = lambda *a, **k: 0
    value = None, True, False, ...
    value = 'é'.upper() + ("implicit"
                           "joining")
    value = 1 .real + 1.0.imag
    value = x if y else lambda: z
    ñame = 1
    ﬁ = 2
    return value


def statements(x):
    if x:
        pass
    elif y:
        pass
    elif z:
        pass
    else:
        pass
    while x:
        break
    else:
        continue
    for i in range(10):
        pass
    else:
        pass
    for x, in pairs:
        pass
    for *a, b in rows:
        pass
    for x in *a, *b:
        pass
    with open(p) as f, open(q) as (g, h):
        pass
    with (open(p) as f, open(q) as g,):
        pass
    with (a, b):
        pass
    with (yield):
        pass
    try:
        pass
    except ValueError:
        pass
    except (TypeError, KeyError) as error:
        raise RuntimeError("x") from error
    except:
        raise
    else:
        pass
    finally:
        pass
    try:
        pass
    finally:
        pass
    try:
        pass
    except* ValueError as group:
        pass
    except* (TypeError, KeyError):
        pass
    assert x, "message"
    assert x
    if x: return 1
    while x: x -= 1; continue


def matching(command):
    match command.split():
        case [action]:
            pass
        case [action, obj]:
            pass
        case ["go", direction] | ["move", direction]:
            pass
        case ["drop", *objects]:
            pass
        case ["drop", *_]:
            pass
        case Point(x=0, y=0):
            pass
        case Point(1, y=2) | Point():
            pass
        case mod.Class(a, b, c=d):
            pass
        case {"x": 1, "y": y, **rest}:
            pass
        case {Color.RED: 1, None: n, 0: z}:
            pass
        case -1 | 1.5 | -2j | 3 + 4j | -5 - 6j:
            pass
        case "a" "b" | b"c" | None | True | False:
            pass
        case Color.RED | mod.sub.VALUE:
            pass
        case (a, b) if a > b:
            pass
        case (a as b) | [b]:
            pass
        case [1, 2] as pair:
            pass
        case ():
            pass
        case []:
            pass
        case (x):
            pass
        case x,:
            pass
        case _:
            pass
    match a, *b:
        case _:
            pass
    match = case = _ = 1
    match(match)
    match.case


if __name__ == "__main__":
    print(function, sep="")
