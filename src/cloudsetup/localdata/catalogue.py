"""Trade articles of painters, electricians, plumbers and gardeners, for the demo data.

Each line: name | unit | purchase price in cents | VAT rate in per cent. Plants carry the
reduced rate of 7 % (UStG Anlage 2), everything else 19 %. Work is sold by the hour.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class CatalogueArticle(NamedTuple):
    name: str
    unit: str
    purchase_price_cents: int
    vat_rate: int


_TEXT: Final = """
Dispersionsfarbe weiß 12,5 l|Eimer|4290|19
Latexfarbe seidenmatt 10 l|Eimer|5890|19
Fassadenfarbe Silikonharz 12,5 l|Eimer|8990|19
Tiefgrund LF 10 l|Kanister|2390|19
Haftgrund 5 l|Kanister|3190|19
Malervlies 50 m|Rolle|3890|19
Raufaser Nr. 52|Rolle|590|19
Glattvlies 150 g|Rolle|2190|19
Abdeckfolie 4 x 5 m|Stück|290|19
Kreppband 50 mm|Rolle|420|19
Acryl-Dichtstoff weiß 310 ml|Kartusche|350|19
Spachtelmasse 5 kg|Sack|1290|19
Lackfarbe weiß seidenglänzend 2,5 l|Dose|3490|19
Holzlasur teak 2,5 l|Dose|2790|19
Schimmelentferner 1 l|Flasche|890|19
NYM-J 3x1,5 mm² 100 m|Ring|6890|19
NYM-J 5x2,5 mm² 50 m|Ring|7990|19
Schuko-Steckdose reinweiß|Stück|390|19
Wechselschalter reinweiß|Stück|450|19
Abdeckrahmen 2-fach|Stück|290|19
Leitungsschutzschalter B16|Stück|520|19
FI-Schutzschalter 40 A 30 mA|Stück|2890|19
Unterverteilung 3-reihig|Stück|8900|19
Abzweigdose AP|Stück|180|19
LED-Panel 62 x 62 cm|Stück|3290|19
LED-Einbauleuchte|Stück|1450|19
Kabelkanal 40 x 60 mm 2 m|Stück|690|19
Rauchwarnmelder|Stück|1890|19
Kupferrohr 15 mm 5 m|Stange|3190|19
Pressfitting Bogen 90° 15 mm|Stück|340|19
Eckventil 1/2"|Stück|790|19
Waschtischarmatur|Stück|8900|19
Thermostat-Brausebatterie|Stück|15900|19
Spülkasten Unterputz|Stück|14900|19
WC wandhängend spülrandlos|Stück|18900|19
HT-Rohr DN 50 1 m|Stück|390|19
Heizkörper Typ 22 600 x 1000|Stück|14500|19
Thermostatkopf|Stück|1290|19
Heizkörperventil|Stück|1690|19
Silikon sanitär transparent|Kartusche|690|19
Rollrasen|m²|390|7
Heckenpflanze Liguster 60-80 cm|Stück|290|7
Blühstaude im Topf|Stück|450|7
Obstbaum Halbstamm|Stück|3490|7
Arbeitsstunde Geselle|Std|3800|19
Arbeitsstunde Meister|Std|4600|19
Arbeitsstunde Helfer|Std|2600|19
Anfahrtspauschale|pauschal|1800|19
Entsorgung Bauschutt|m³|4500|19
Gerüst Standzeit je Woche|m²|150|19
"""

CATALOGUE: Final = tuple(
    CatalogueArticle(name, unit, int(price), int(rate))
    for name, unit, price, rate in (line.split("|") for line in _TEXT.strip().splitlines())
)

#: Variants that make more articles out of the catalogue for bigger data sets.
VARIANTS: Final = (
    "Profi",
    "Premium",
    "Standard",
    "Eco",
    "Großgebinde",
    "Sparpack",
    "Marke A",
    "Marke B",
    "Marke C",
    "Restposten",
)

#: Per unit: quantities (in hundredths) that a line of an invoice plausibly has.
QUANTITIES: Final[dict[str, tuple[int, ...]]] = {
    "Std": (50, 100, 150, 200, 300, 400, 650, 800, 1200, 1600, 2400),
    "m²": (450, 1200, 2550, 4000, 6875, 12000, 18500),
    "m³": (50, 100, 200, 350),
    "pauschal": (100,),
}
DEFAULT_QUANTITIES: Final = (100, 100, 100, 200, 200, 300, 400, 500, 600, 1000, 1200, 2000)
