"""How Palette's colours past the first eight were chosen (src/report/Palette.cpp).

  /usr/bin/python3 tests/data/palette_selection.py     # needs Debian's python3-colorcet

The first eight are Paul Tol's and Okabe & Ito's colour-blind-safe colours the app always had.
The rest come, in their published order, from colorcet's glasbey_bw_minc_20_maxl_70
("glasbey_dark": Glasbey et al. 2007's maximally distinct sequence, chroma >= 20, lightness
<= 70, made for light backgrounds). A candidate is kept when, on a white and on a dark
background (after Palette::color(index, background) has darkened or lightened it to 2.2:1
contrast), it is at least THRESHOLD CIEDE2000 units from every colour already kept. The
threshold is the largest that still yields COUNT colours. tst_palette checks the result with
its own CIEDE2000, validated on Sharma, Wu & Dalal's 34 published pairs.
"""
import colorsys
import math

import colorcet

FIRST = [0x0077BB, 0xE69F00, 0x117733, 0xEE3377, 0x33BBEE, 0xD55E00, 0x44AA99, 0xAA3377]
COUNT = 24
WHITE = (255, 255, 255)
DARK = (0x1F, 0x21, 0x24)  # the dark theme's chart background


def linear(c):
    c /= 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb):
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = luminance(a) + 0.05, luminance(b) + 0.05
    return max(la, lb) / min(la, lb)


def lab(rgb):
    r, g, b = (linear(c) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(p, q):
    (l1, a1, b1), (l2, a2, b2) = p, q
    cbar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cbar ** 7 / (cbar ** 7 + 25 ** 7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1 = math.degrees(math.atan2(b1, a1)) % 360 if c1 else 0.0
    h2 = math.degrees(math.atan2(b2, a2)) % 360 if c2 else 0.0
    dh = h2 - h1 if c1 * c2 else 0.0
    dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    dH = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    lbar, cbar = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        hbar = h1 + h2
    elif abs(h1 - h2) <= 180:
        hbar = (h1 + h2) / 2
    else:
        hbar = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hbar - 30)) + 0.24 * math.cos(math.radians(2 * hbar))
         + 0.32 * math.cos(math.radians(3 * hbar + 6)) - 0.20 * math.cos(math.radians(4 * hbar - 63)))
    rc = 2 * math.sqrt(cbar ** 7 / (cbar ** 7 + 25 ** 7))
    rt = -math.sin(math.radians(60 * math.exp(-(((hbar - 275) / 25) ** 2)))) * rc
    sl = 1 + 0.015 * (lbar - 50) ** 2 / math.sqrt(20 + (lbar - 50) ** 2)
    sc, sh = 1 + 0.045 * cbar, 1 + 0.015 * cbar * t
    dl, dc = l2 - l1, c2 - c1
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dH / sh) ** 2 + rt * (dc / sc) * (dH / sh))


def adjusted(rgb, background):
    """Palette::color(index, background): QColor::darker/lighter(125) until 2.2:1."""
    dark = luminance(background) < 0.2
    for _ in range(8):
        if contrast(rgb, background) >= 2.2:
            break
        h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
        if dark:
            v *= 1.25
            if v > 1:
                s, v = max(0.0, s - (v - 1)), 1.0
        else:
            v /= 1.25
        rgb = tuple(round(c * 255) for c in colorsys.hsv_to_rgb(h, s, v))
    return rgb


def rgb(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def select(threshold):
    kept = [((c >> 16) & 255, (c >> 8) & 255, c & 255) for c in FIRST]
    for candidate in map(rgb, colorcet.palette["glasbey_bw_minc_20_maxl_70"]):
        if len(kept) == COUNT:
            break
        if contrast(candidate, WHITE) < 1.8:
            continue
        if all(ciede2000(lab(adjusted(candidate, bg)), lab(adjusted(k, bg))) >= threshold
               for bg in (WHITE, DARK) for k in kept):
            kept.append(candidate)
    return kept


def main():
    threshold = 30.0
    while len(select(threshold)) < COUNT:
        threshold -= 0.5
    kept = select(threshold)
    print(f"threshold {threshold}")
    for bg in (WHITE, DARK):
        labs = [lab(adjusted(c, bg)) for c in kept]
        worst = min(ciede2000(labs[i], labs[j]) for i in range(len(labs)) for j in range(i))
        print(f"background {bg}: minimum CIEDE2000 {worst:.2f}")
    for c in kept[len(FIRST):]:
        print("    0x%02X%02X%02X," % c)


if __name__ == "__main__":
    main()
