"""German names, streets and places for the demo data (the common ones, as Faker ``de_DE`` has).

Kept as whitespace-separated text so that the lists stay compact; the postal codes are real
delivery areas of the towns, with the towns' telephone area codes.
"""

from __future__ import annotations

from typing import Final


def _split(text: str, separator: str | None = None) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(separator))


FIRST_NAMES: Final = _split(
    """Anna Andreas Alexander Angelika Anja Ben Bernd Birgit Brigitte Christian Christina Claudia
    Clara Daniel David Dennis Dieter Dirk Elena Elias Emma Erik Fabian Felix Finn Frank Franziska
    Frieda Gabriele Greta Günter Hanna Hannah Hans Heike Helga Helmut Ingrid Jan Jana Jens Jonas
    Julia Jürgen Karin Karl Katharina Kerstin Klaus Lara Laura Lea Lena Leon Lina Luca Lukas
    Manfred Marco Maria Marie Markus Martin Mathias Max Maximilian Mia Michael Monika Murat Nadine
    Nico Niklas Noah Ole Oliver Paul Peter Petra Philipp Ralf Renate Sabine Sandra Sarah Sebastian
    Simon Sophie Stefan Stefanie Susanne Sven Thomas Tim Tobias Torsten Ursula Uwe Werner Wolfgang
    Yusuf Zeynep"""
)

LAST_NAMES: Final = _split(
    """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch
    Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
    Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König
    Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel
    Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster
    Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß
    Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn
    Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Yilmaz
    Kaya Demir Nowak Kowalski"""
)

STREETS: Final = _split(
    """Hauptstraße|Bahnhofstraße|Gartenstraße|Schulstraße|Dorfstraße|Bergstraße|Birkenweg
    |Lindenstraße|Kirchstraße|Waldstraße|Ringstraße|Schillerstraße|Goethestraße|Mozartstraße
    |Am Markt|Rosenweg|Feldstraße|Wiesenweg|Industriestraße|Friedrich-Ebert-Straße|Poststraße
    |Mühlenweg|Parkstraße|Eichendorffstraße|Ahornweg|Blumenstraße|Jahnstraße|Kastanienallee
    |Lessingstraße|Buchenweg|Am Bahnhof|Tulpenweg|Meisenweg|Beethovenstraße|Kantstraße
    |Uhlandstraße|Schloßstraße|Talstraße|Sonnenstraße|Weinbergstraße|Kirchweg|Hochstraße
    |Breite Straße|Lange Straße|Neue Straße|Alte Landstraße|Raiffeisenstraße|Gewerbestraße
    |Handwerkerstraße|Am Sportplatz|Friedhofstraße|Eichenweg|Brunnenstraße|Mittelstraße
    |Karl-Marx-Straße|Wilhelmstraße|Kaiserstraße|Luisenstraße|Humboldtstraße""",
    "|",
)

#: (postal code, town, telephone area code)
PLACES: Final = tuple(
    (parts[0], " ".join(parts[1:-1]), parts[-1])
    for parts in (
        line.split()
        for line in _split(
            """10115 Berlin 030|10435 Berlin 030|12043 Berlin 030|13353 Berlin 030
        |20095 Hamburg 040|22765 Hamburg 040|22303 Hamburg 040|80331 München 089|81667 München 089
        |80796 München 089|50667 Köln 0221|50823 Köln 0221|60311 Frankfurt am Main 069
        |70173 Stuttgart 0711|40213 Düsseldorf 0211|44135 Dortmund 0231|45127 Essen 0201
        |28195 Bremen 0421|04109 Leipzig 0341|01067 Dresden 0351|30159 Hannover 0511
        |90402 Nürnberg 0911|47051 Duisburg 0203|44787 Bochum 0234|42103 Wuppertal 0202
        |33602 Bielefeld 0521|53111 Bonn 0228|48143 Münster 0251|76133 Karlsruhe 0721
        |68159 Mannheim 0621|86150 Augsburg 0821|65183 Wiesbaden 0611|38100 Braunschweig 0531
        |24103 Kiel 0431|09111 Chemnitz 0371|39104 Magdeburg 0391|79098 Freiburg im Breisgau 0761
        |55116 Mainz 06131|23552 Lübeck 0451|99084 Erfurt 0361|18055 Rostock 0381|34117 Kassel 0561
        |66111 Saarbrücken 0681|14467 Potsdam 0331|26122 Oldenburg 0441|49074 Osnabrück 0541
        |69117 Heidelberg 06221|64283 Darmstadt 06151|33098 Paderborn 05251|93047 Regensburg 0941
        |85049 Ingolstadt 0841|97070 Würzburg 0931|89073 Ulm 0731|74072 Heilbronn 07131
        |37073 Göttingen 0551|96047 Bamberg 0951|54290 Trier 0651|07743 Jena 03641
        |19053 Schwerin 0385|88212 Ravensburg 0751|72764 Reutlingen 07121|71638 Ludwigsburg 07141
        |83022 Rosenheim 08031|84028 Landshut 0871|94032 Passau 0851|95444 Bayreuth 0921
        |63065 Offenbach am Main 069|35037 Marburg 06421|36037 Fulda 0661|56068 Koblenz 0261
        |52062 Aachen 0241|32423 Minden 0571|59065 Hamm 02381|57072 Siegen 0271
        |31134 Hildesheim 05121|29221 Celle 05141|21335 Lüneburg 04131|17489 Greifswald 03834
        |02625 Bautzen 03591|08056 Zwickau 0375|78462 Konstanz 07531|77652 Offenburg 0781
        |82319 Starnberg 08151|91052 Erlangen 09131|90762 Fürth 0911""",
            "|",
        )
    )
)

#: How a firm among the customers is named; ``{last}`` and ``{town}`` are filled in.
COMPANY_PATTERNS: Final = _split(
    """{last} GmbH|{last} & {last2} GbR|Hausverwaltung {last}|{last} Immobilien GmbH
    |Wohnungsbaugenossenschaft {town} eG|Autohaus {last}|Zahnarztpraxis Dr. {last}
    |Bäckerei {last}|{last} KG|Gemeinde {town}|Steuerkanzlei {last} & Partner|Gasthof {last}
    |Kita Sonnenschein {town}|Physiotherapie {last}|Metzgerei {last}|{last} Bau GmbH
    |Evangelische Kirchengemeinde {town}|Hotel {last}|Praxis Dr. {last}|Blumen {last}""",
    "|",
)

CONTACT_ROLES: Final = (
    "Geschäftsführung",
    "Hausmeister",
    "Buchhaltung",
    "Einkauf",
    "Objektleitung",
    "Sekretariat",
    "Bauleitung",
    None,
)

_PLAIN: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-", "&": "und"})


def mail_name(text: str) -> str:
    """``Jürgen Groß`` -> ``juergen-gross``: a name as it appears in an e-mail address."""
    plain = text.lower().translate(_PLAIN)
    return "".join(c for c in plain if c.isascii() and (c.isalnum() or c in "-.")).strip("-.")
