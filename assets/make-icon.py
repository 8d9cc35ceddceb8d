# Writes assets/icon.png: 128x128 RGBA, drawn at 4x and averaged (anti-aliased), PNG written by hand (zlib + CRC).
import struct, zlib, math, sys
N, S = 128, 4
W = N * S
def rounded_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r); cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1
teal = (15, 118, 110); amber = (245, 158, 11); white = (255, 255, 255)
def colour(x, y):
    # x, y in 0..128 units
    if not rounded_rect(x, y, 2, 2, 126, 126, 24):
        return None
    # two parties: a white disc (provider) and an amber disc (client), with the boundary between them
    if (x - 40) ** 2 + (y - 56) ** 2 <= 19 ** 2: return white
    if (x - 88) ** 2 + (y - 56) ** 2 <= 19 ** 2: return amber
    if 61 <= x <= 67 and 24 <= y <= 104: return white            # the boundary
    if 20 <= x <= 56 and 86 <= y <= 92: return white              # each side's part of the work
    if 72 <= x <= 108 and 86 <= y <= 92: return amber
    return teal
rows = []
for py in range(N):
    row = bytearray([0])
    for px in range(N):
        acc = [0, 0, 0, 0]
        for sy in range(S):
            for sx in range(S):
                c = colour(px + (sx + 0.5) / S, py + (sy + 0.5) / S)
                if c:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        a = acc[3] // (S * S)
        if acc[3]:
            row += bytes([acc[0] * 255 // acc[3], acc[1] * 255 // acc[3], acc[2] * 255 // acc[3], a])
        else:
            row += bytes([0, 0, 0, 0])
    rows.append(bytes(row))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
