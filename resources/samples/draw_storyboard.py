"""Draws the sample map's storyboard pictures (flat illustrations, made here, no photo of anyone).

    python resources/samples/draw_storyboard.py

Writes resources/samples/storyboard/*.jpg (1200 x 800). They are the project's own drawings,
under the project's licence; the sample map takes them in like any photo (app/model/sample.py).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "fonts"
SCALE = 2  # drawn at twice the size, then reduced: smooth edges
W, H = 1200 * SCALE, 800 * SCALE

INK = (31, 42, 55)
PAPER = (255, 255, 255)
BLUE = (47, 102, 144)
SKY = (220, 234, 242)
SAND = (246, 236, 217)
ROSE = (247, 225, 220)
GREEN = (44, 122, 82)
OCHRE = (154, 101, 0)
RED = (179, 65, 46)
GREY = (213, 218, 224)


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "OpenSans-Bold.ttf" if bold else "OpenSans-Regular.ttf"
    return ImageFont.truetype(str(FONTS / name), size * SCALE)


def s(*values: float) -> list[float]:
    return [v * SCALE for v in values]


def canvas(background: tuple[int, int, int]) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (W, H), background)
    return image, ImageDraw.Draw(image)


def save(image: Image.Image, name: str) -> None:
    folder = HERE / "storyboard"
    folder.mkdir(exist_ok=True)
    image.resize((W // SCALE, H // SCALE), Image.Resampling.LANCZOS).save(folder / name, quality=90)


def for_sale() -> None:
    """Mûrir le projet: the flat they like, with its "À vendre" sign."""
    image, d = canvas(SKY)
    d.rectangle(s(0, 620, 1200, 800), fill=(200, 215, 200))
    d.rectangle(s(330, 230, 870, 640), fill=(236, 228, 214), outline=INK, width=6 * SCALE)
    for row in range(3):
        for col in range(4):
            if row == 2 and col in (1, 2):
                continue  # the ground floor's door stands there
            x, y = 370 + col * 125, 270 + row * 115
            d.rectangle(s(x, y, x + 80, y + 80), fill=(173, 204, 224), outline=INK, width=4 * SCALE)
    d.polygon(s(300, 240, 600, 120, 900, 240), fill=(120, 86, 70), outline=INK)
    d.rectangle(s(555, 500, 645, 640), fill=BLUE, outline=INK, width=4 * SCALE)
    d.ellipse(s(622, 566, 632, 576), fill=PAPER)
    d.rectangle(s(900, 420, 1130, 560), fill=PAPER, outline=RED, width=8 * SCALE)
    d.line(s(1015, 560, 1015, 660), fill=INK, width=8 * SCALE)
    d.text(s(1015, 465), "À VENDRE", font=font(38, True), fill=RED, anchor="mm")
    d.text(s(1015, 515), "3 pièces", font=font(28), fill=INK, anchor="mm")
    save(image, "1-a-vendre.jpg")


def simulator() -> None:
    """Simuler et comparer: the bank's loan simulator on a phone."""
    image, d = canvas((232, 238, 244))
    d.rounded_rectangle(s(440, 60, 760, 740), radius=44 * SCALE, fill=INK)
    d.rounded_rectangle(s(460, 110, 740, 690), radius=18 * SCALE, fill=PAPER)
    d.text(s(600, 150), "Simulateur de prêt", font=font(22, True), fill=BLUE, anchor="mm")
    for index, (label, value, share) in enumerate(
        (("Montant", "250 000 €", 0.62), ("Durée", "25 ans", 0.8), ("Apport", "35 000 €", 0.3))
    ):
        y = 210 + index * 95
        d.text(s(480, y), label, font=font(18), fill=INK)
        d.text(s(720, y), value, font=font(18, True), fill=INK, anchor="ra")
        d.rounded_rectangle(s(480, y + 40, 720, y + 50), radius=5 * SCALE, fill=GREY)
        d.rounded_rectangle(s(480, y + 40, 480 + 240 * share, y + 50), radius=5 * SCALE, fill=BLUE)
        d.ellipse(s(480 + 240 * share - 12, y + 33, 480 + 240 * share + 12, y + 57), fill=BLUE)
    d.rounded_rectangle(s(480, 510, 720, 640), radius=14 * SCALE, fill=SKY)
    d.text(s(600, 545), "Mensualité", font=font(18), fill=INK, anchor="mm")
    d.text(s(600, 595), "1 330 €", font=font(40, True), fill=BLUE, anchor="mm")
    d.text(s(600, 664), "taux à partir de 3,1 %*", font=font(15), fill=(128, 139, 152), anchor="mm")
    save(image, "2-simulateur.jpg")


def paperwork() -> None:
    """Constituer le dossier: fourteen supporting documents, checked one by one."""
    image, d = canvas(SAND)
    for offset in (40, 20, 0):
        d.rectangle(s(300 + offset, 120 + offset, 760 + offset, 700 + offset), fill=PAPER,
                    outline=INK, width=4 * SCALE)  # fmt: skip
    items = ("Bulletins de salaire", "Avis d’imposition", "Relevés de compte", "Compromis",
             "Justificatif d’apport", "Pièce d’identité")  # fmt: skip
    for index, item in enumerate(items):
        y = 190 + index * 78
        done = index < 4
        d.rounded_rectangle(s(340, y, 380, y + 40), radius=6 * SCALE, outline=INK,
                            width=4 * SCALE, fill=(234, 244, 238) if done else PAPER)  # fmt: skip
        if done:
            d.line(s(348, y + 20, 358, y + 31, 374, y + 8), fill=GREEN, width=6 * SCALE)
        d.text(s(400, y + 20), item, font=font(24), fill=INK, anchor="lm")
    d.rounded_rectangle(s(720, 60, 760, 200), radius=20 * SCALE, outline=(128, 139, 152),
                        width=8 * SCALE)  # fmt: skip
    d.rounded_rectangle(s(860, 560, 1100, 680), radius=16 * SCALE, fill=OCHRE)
    d.text(s(980, 620), "4 / 14", font=font(44, True), fill=PAPER, anchor="mm")
    save(image, "3-dossier.jpg")


def offer() -> None:
    """Obtenir l'accord et l'offre: the offer by registered letter, ten days to think."""
    image, d = canvas(ROSE)
    d.rectangle(s(140, 220, 700, 600), fill=PAPER, outline=INK, width=6 * SCALE)
    d.line(s(140, 220, 420, 430, 700, 220), fill=INK, width=6 * SCALE)
    d.rounded_rectangle(s(170, 470, 420, 570), radius=12 * SCALE, outline=RED, width=6 * SCALE)
    d.text(s(295, 503), "RECOMMANDÉ", font=font(24, True), fill=RED, anchor="mm")
    d.text(s(295, 540), "avec accusé de réception", font=font(15), fill=RED, anchor="mm")
    d.rounded_rectangle(s(780, 160, 1080, 640), radius=18 * SCALE, fill=PAPER, outline=INK,
                        width=6 * SCALE)  # fmt: skip
    d.rectangle(s(780, 160, 1080, 250), fill=RED)
    d.text(s(930, 205), "Délai de réflexion", font=font(24, True), fill=PAPER, anchor="mm")
    for day in range(1, 13):
        x = 810 + ((day - 1) % 4) * 68
        y = 280 + ((day - 1) // 4) * 110
        inside = day <= 10
        d.ellipse(s(x, y, x + 54, y + 54), fill=(251, 238, 235) if inside else PAPER,
                  outline=RED if inside else GREY, width=4 * SCALE)  # fmt: skip
        d.text(s(x + 27, y + 27), str(day), font=font(22, True), fill=INK, anchor="mm")
    save(image, "4-offre.jpg")


def keys() -> None:
    """Signer chez le notaire: the keys, at last."""
    image, d = canvas((230, 226, 243))
    d.ellipse(s(300, 220, 560, 480), outline=OCHRE, width=34 * SCALE)
    d.rounded_rectangle(s(520, 320, 960, 380), radius=20 * SCALE, fill=OCHRE)
    for x in (840, 900):
        d.rectangle(s(x, 370, x + 34, 450), fill=OCHRE)
    d.line(s(430, 480, 430, 560), fill=INK, width=6 * SCALE)
    d.rounded_rectangle(s(330, 560, 560, 680), radius=16 * SCALE, fill=PAPER, outline=INK,
                        width=5 * SCALE)  # fmt: skip
    d.text(s(445, 600), "Appartement", font=font(24, True), fill=INK, anchor="mm")
    d.text(s(445, 642), "3e étage", font=font(22), fill=INK, anchor="mm")
    save(image, "5-les-cles.jpg")


if __name__ == "__main__":
    for draw in (for_sale, simulator, paperwork, offer, keys):
        draw()
