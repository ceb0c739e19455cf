#!/usr/bin/env python3
"""Writes the synthetic materials (Simpro-like) and medications (Brasíndice-like) lists of the example contracts.

Run from the repository root:  python3 contracts/tools/generate_matmed.py
Not run by the build; its output under contracts/*/tables/ is committed.

The lists have the real structure of the commercial references (Simpro: code, description, manufacturer, unit,
PRECO_FABRICA; Brasíndice: code, TUSS-like code, description, laboratory, presentation, PF, PMC, ICMS) and realistic
item names, but the codes and prices are SYNTHETIC: they are not Simpro's or Brasíndice's, and no real price is
implied. Prices are a deterministic function of the row (no randomness), so re-running gives the same files.

The first rows of each list ("anchors") are the items the test cases of the contracts use; their prices are round
on purpose so the expected values can be computed by hand. Change them only together with the cases.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "contracts"


def brl(cents):
    """1234567 cents -> '12.345,67' (the Brazilian notation the contracts' tables use)."""
    reais, c = divmod(cents, 100)
    s = f"{reais:,}".replace(",", ".")
    return f"{s},{c:02d}"


# ---- materials (Simpro-like) ----------------------------------------------------------------------------------

MATERIAL_ANCHORS = [
    # code, description, manufacturer, unit, pf in cents
    ("70000011", "SERINGA DESCARTAVEL 10 ML S/ AGULHA LUER LOCK", "FABRIMED", "UN", 100),
    ("70000020", "EQUIPO MACROGOTAS C/ INJETOR LATERAL", "HOSPITALAR SUL", "UN", 1000),
    ("70000038", "CATETER INTRAVENOSO PERIFERICO 20G", "BIOMEDIC", "UN", 400),
    ("70000046", "LUVA CIRURGICA ESTERIL 7,5 PAR", "LATEX BRASIL", "PAR", 200),
    ("70000054", "COMPRESSA DE GAZE 7,5 X 7,5 CM 13 FIOS PCT 10", "ALGODOEIRA NORTE", "PCT", 300),
    ("70000062", "TROCARTE DESCARTAVEL 10 MM C/ VALVULA", "CIRURGICA PAULISTA", "UN", 20000),
    ("70000070", "CLIPE DE TITANIO MEDIO-GRANDE CARTUCHO C/ 6", "CIRURGICA PAULISTA", "CART", 8000),
    ("70000089", "FIO DE SUTURA NYLON 3-0 C/ AGULHA 45 CM", "SUTURAS BRASIL", "ENV", 500),
    ("70000097", "SONDA VESICAL DE DEMORA FOLEY 2 VIAS 16 FR", "BIOMEDIC", "UN", 1500),
    ("70000100", "ELETRODO DESCARTAVEL ADULTO P/ MONITORIZACAO", "FABRIMED", "UN", 50),
]

MATERIAL_FAMILIES = [
    ("SERINGA DESCARTAVEL {} S/ AGULHA", ["1 ML", "3 ML", "5 ML", "20 ML", "60 ML"], "UN", 40),
    ("AGULHA HIPODERMICA DESCARTAVEL {}", ["13 X 4,5", "25 X 7", "25 X 8", "30 X 7", "30 X 8", "40 X 12"], "UN", 15),
    ("CATETER INTRAVENOSO PERIFERICO {}", ["14G", "16G", "18G", "22G", "24G"], "UN", 350),
    ("EQUIPO {}", ["MICROGOTAS", "P/ BOMBA DE INFUSAO", "FOTOSSENSIVEL", "P/ NUTRICAO ENTERAL",
                   "P/ HEMOTRANSFUSAO"], "UN", 900),
    ("LUVA CIRURGICA ESTERIL {} PAR", ["6,0", "6,5", "7,0", "8,0", "8,5"], "PAR", 180),
    ("LUVA DE PROCEDIMENTO LATEX {} CX 100", ["PP", "P", "M", "G"], "CX", 2500),
    ("FIO DE SUTURA NYLON {} C/ AGULHA", ["2-0", "4-0", "5-0", "6-0"], "ENV", 480),
    ("FIO DE SUTURA POLIGLACTINA {} C/ AGULHA", ["0", "2-0", "3-0", "4-0"], "ENV", 1900),
    ("FIO DE SUTURA SEDA {} C/ AGULHA", ["0", "2-0", "3-0"], "ENV", 700),
    ("SONDA VESICAL DE DEMORA FOLEY 2 VIAS {}", ["10 FR", "12 FR", "14 FR", "18 FR", "20 FR", "22 FR"], "UN", 1400),
    ("SONDA NASOGASTRICA LONGA {}", ["6", "8", "10", "12", "14", "16", "18", "20"], "UN", 250),
    ("SONDA DE ASPIRACAO TRAQUEAL {}", ["6", "8", "10", "12", "14", "16"], "UN", 120),
    ("DRENO DE SUCCAO {}", ["3,2 MM", "4,8 MM", "6,4 MM"], "UN", 6500),
    ("LAMINA DE BISTURI ACO CARBONO N. {}", ["10", "11", "12", "15", "20", "21", "22", "23", "24"], "UN", 45),
    ("TROCARTE DESCARTAVEL {}", ["5 MM", "11 MM", "12 MM", "15 MM"], "UN", 19000),
    ("GRAMPEADOR LINEAR CORTANTE {}", ["60 MM", "75 MM", "100 MM"], "UN", 180000),
    ("CARGA P/ GRAMPEADOR LINEAR {}", ["60 MM AZUL", "60 MM VERDE", "75 MM AZUL", "100 MM AZUL"], "UN", 65000),
    ("COMPRESSA CIRURGICA {}", ["23 X 25 CM PCT 5", "45 X 50 CM PCT 5", "GAZE 7,5 X 7,5 PCT 500"], "PCT", 900),
    ("ATADURA DE CREPOM {}", ["6 CM", "10 CM", "12 CM", "15 CM", "20 CM", "30 CM"], "UN", 90),
    ("ESPARADRAPO IMPERMEAVEL {}", ["2,5 CM X 4,5 M", "5 CM X 4,5 M", "10 CM X 4,5 M"], "UN", 600),
    ("FITA MICROPOROSA {}", ["12 MM X 10 M", "25 MM X 10 M", "50 MM X 10 M"], "UN", 350),
    ("CURATIVO TRANSPARENTE {}", ["6 X 7 CM", "10 X 12 CM", "15 X 20 CM"], "UN", 420),
    ("BOLSA COLETORA DE URINA SIST. FECHADO {}", ["2000 ML", "1200 ML"], "UN", 1100),
    ("TORNEIRA 3 VIAS {}", ["LUER LOCK", "C/ EXTENSAO 20 CM"], "UN", 160),
    ("EXTENSOR P/ INFUSAO {}", ["20 CM", "60 CM", "120 CM"], "UN", 230),
    ("MASCARA DE OXIGENIO {}", ["ADULTO", "PEDIATRICA", "C/ RESERVATORIO ADULTO"], "UN", 700),
    ("CATETER NASAL P/ OXIGENIO {}", ["TIPO OCULOS ADULTO", "TIPO OCULOS INFANTIL"], "UN", 250),
    ("TUBO ENDOTRAQUEAL C/ BALAO {}", ["6,0", "6,5", "7,0", "7,5", "8,0", "8,5"], "UN", 1300),
    ("CANULA DE GUEDEL {}", ["N. 0", "N. 1", "N. 2", "N. 3", "N. 4"], "UN", 300),
    ("FILTRO BARTERIANO/VIRAL P/ VENTILACAO {}", ["ADULTO", "PEDIATRICO"], "UN", 1800),
    ("CIRCUITO DE ANESTESIA {}", ["ADULTO", "PEDIATRICO"], "UN", 9500),
    ("ELETRODO DE BISTURI {}", ["LAMINA", "AGULHA", "BOLA"], "UN", 1200),
    ("PLACA NEUTRA P/ BISTURI ELETRICO {}", ["ADULTO", "INFANTIL"], "UN", 1600),
    ("AVENTAL CIRURGICO DESCARTAVEL {}", ["M", "G", "GG"], "UN", 1500),
    ("CAMPO OPERATORIO DESCARTAVEL {}", ["45 X 50 CM", "90 X 90 CM", "150 X 200 CM"], "UN", 1100),
    ("COLETOR DE PERFUROCORTANTE {}", ["3 L", "7 L", "13 L"], "UN", 700),
    ("SCALP DESCARTAVEL {}", ["19G", "21G", "23G", "25G", "27G"], "UN", 60),
    ("CATETER VENOSO CENTRAL {}", ["MONOLUMEN 7 FR", "DUPLO LUMEN 7 FR", "TRIPLO LUMEN 7 FR"], "UN", 16000),
    ("INTRODUTOR ARTERIAL {}", ["5 FR", "6 FR", "7 FR"], "UN", 9000),
    ("BOLSA DE COLOSTOMIA {}", ["DRENAVEL 40 MM", "DRENAVEL 57 MM", "FECHADA 40 MM"], "UN", 2300),
]

MANUFACTURERS = ["FABRIMED", "HOSPITALAR SUL", "BIOMEDIC", "CIRURGICA PAULISTA", "SUTURAS BRASIL", "LATEX BRASIL"]


def check_digit(body):
    """A mod-11 check digit, so the synthetic codes have the 8-digit shape of TUSS codes."""
    total = sum(int(d) * w for d, w in zip(reversed(body), range(2, 20)))
    return str((total * 10) % 11 % 10)


def materials(prefix, markup_permille):
    rows = [(c, d, m, u, brl(p)) for c, d, m, u, p in MATERIAL_ANCHORS]
    n = 200
    for fam, (pattern, sizes, unit, base) in enumerate(MATERIAL_FAMILIES):
        for i, size in enumerate(sizes):
            for k, maker in enumerate(MANUFACTURERS[(fam + i) % 3::3][:2]):
                body = f"{prefix}{n:06d}"
                n += 1
                cents = base * (100 + 7 * i + 11 * k) // 100 * markup_permille // 1000
                rows.append((body + check_digit(body), pattern.format(size), maker, unit, brl(max(cents, 5))))
    return rows


# ---- medications (Brasíndice-like) ----------------------------------------------------------------------------

MEDICATION_ANCHORS = [
    # code, tuss, description, laboratory, presentation, pf cents, pmc cents
    ("90000010", "90000010", "DIPIRONA SODICA 500 MG/ML SOL INJ", "LAB GENERICOS SP", "AMP 2 ML", 100, 150),
    ("90000028", "90000028", "CEFAZOLINA SODICA 1 G PO P/ SOL INJ", "ANTIBIOTICOS BR", "FA", 1000, 1500),
    ("90000036", "90000036", "ONDANSETRONA 4 MG/2 ML SOL INJ", "LAB GENERICOS SP", "AMP 2 ML", 500, 800),
    ("90000044", "90000044", "CLORETO DE SODIO 0,9% SOL INJ", "SOLUCOES PARENTERAIS", "FR 500 ML", 400, 600),
    ("90000052", "90000052", "PROPOFOL 10 MG/ML EMULSAO INJ", "ANESTESICOS NACIONAL", "FA 20 ML", 2000, 3000),
    ("90000060", "90000060", "GADOTERATO DE MEGLUMINA 0,5 MMOL/ML SOL INJ", "CONTRASTES BR", "FA 15 ML", 15000,
     20000),
    ("90000079", "90000079", "IOEXOL 300 MG I/ML SOL INJ", "CONTRASTES BR", "FR 50 ML", 8000, 10000),
    ("90000087", "90000087", "CETOPROFENO 100 MG PO LIOF P/ SOL INJ", "LAB GENERICOS SP", "FA", 600, 900),
]

MEDICATION_FAMILIES = [
    # principle, presentations, base pf cents
    ("DIPIRONA SODICA 500 MG/ML SOL INJ", ["AMP 1 ML", "AMP 5 ML"], 90),
    ("CEFTRIAXONA 1 G PO P/ SOL INJ", ["FA IV", "FA IM C/ DILUENTE"], 1400),
    ("CEFAZOLINA SODICA 2 G PO P/ SOL INJ", ["FA"], 1800),
    ("VANCOMICINA 500 MG PO P/ SOL INJ", ["FA"], 2400),
    ("MEROPENEM 1 G PO P/ SOL INJ", ["FA"], 6500),
    ("AMOXICILINA + CLAVULANATO 1 G + 200 MG PO P/ SOL INJ", ["FA"], 3100),
    ("METRONIDAZOL 5 MG/ML SOL INJ", ["BOLSA 100 ML"], 700),
    ("CIPROFLOXACINO 2 MG/ML SOL INJ", ["BOLSA 100 ML", "BOLSA 200 ML"], 1600),
    ("ONDANSETRONA 8 MG/4 ML SOL INJ", ["AMP 4 ML"], 900),
    ("METOCLOPRAMIDA 5 MG/ML SOL INJ", ["AMP 2 ML"], 110),
    ("OMEPRAZOL SODICO 40 MG PO LIOF P/ SOL INJ", ["FA + DILUENTE 10 ML"], 1700),
    ("DEXAMETASONA 4 MG/ML SOL INJ", ["FA 2,5 ML", "AMP 1 ML"], 250),
    ("HIDROCORTISONA 100 MG PO P/ SOL INJ", ["FA"], 800),
    ("HIDROCORTISONA 500 MG PO P/ SOL INJ", ["FA"], 2200),
    ("CETOPROFENO 50 MG/ML SOL INJ", ["AMP 2 ML"], 450),
    ("TRAMADOL 50 MG/ML SOL INJ", ["AMP 1 ML", "AMP 2 ML"], 300),
    ("MORFINA 10 MG/ML SOL INJ", ["AMP 1 ML"], 550),
    ("FENTANILA 50 MCG/ML SOL INJ", ["AMP 2 ML", "FA 10 ML"], 700),
    ("MIDAZOLAM 5 MG/ML SOL INJ", ["AMP 3 ML", "AMP 10 ML"], 650),
    ("PROPOFOL 10 MG/ML EMULSAO INJ", ["FA 50 ML", "FA 100 ML"], 4500),
    ("LIDOCAINA 2% S/ VASOCONSTRITOR SOL INJ", ["FA 20 ML"], 500),
    ("LIDOCAINA 2% C/ VASOCONSTRITOR SOL INJ", ["FA 20 ML"], 600),
    ("BUPIVACAINA 0,5% S/ VASOCONSTRITOR SOL INJ", ["FA 20 ML"], 1200),
    ("BUPIVACAINA PESADA 0,5% SOL INJ", ["AMP 4 ML"], 900),
    ("ROCURONIO 10 MG/ML SOL INJ", ["FA 5 ML"], 2600),
    ("NEOSTIGMINA 0,5 MG/ML SOL INJ", ["AMP 1 ML"], 300),
    ("ATROPINA 0,25 MG/ML SOL INJ", ["AMP 1 ML"], 150),
    ("EFEDRINA 50 MG/ML SOL INJ", ["AMP 1 ML"], 1100),
    ("HEPARINA SODICA 5.000 UI/0,25 ML SOL INJ", ["AMP 0,25 ML"], 900),
    ("ENOXAPARINA SODICA SOL INJ", ["SER 20 MG", "SER 40 MG", "SER 60 MG", "SER 80 MG"], 2100),
    ("CLORETO DE SODIO 0,9% SOL INJ", ["FR 100 ML", "FR 250 ML", "FR 1000 ML"], 350),
    ("GLICOSE 5% SOL INJ", ["FR 250 ML", "FR 500 ML", "FR 1000 ML"], 380),
    ("RINGER COM LACTATO SOL INJ", ["FR 500 ML", "FR 1000 ML"], 450),
    ("AGUA PARA INJECAO", ["AMP 10 ML", "FR 250 ML"], 60),
    ("CLORETO DE POTASSIO 19,1% SOL INJ", ["AMP 10 ML"], 120),
    ("BICARBONATO DE SODIO 8,4% SOL INJ", ["AMP 10 ML", "FR 250 ML"], 250),
    ("FUROSEMIDA 10 MG/ML SOL INJ", ["AMP 2 ML"], 140),
    ("ADRENALINA 1 MG/ML SOL INJ", ["AMP 1 ML"], 280),
    ("NORADRENALINA 2 MG/ML SOL INJ", ["AMP 4 ML"], 1300),
    ("AMIODARONA 50 MG/ML SOL INJ", ["AMP 3 ML"], 700),
    ("INSULINA HUMANA REGULAR 100 UI/ML SOL INJ", ["FA 10 ML"], 3000),
    ("PARACETAMOL 10 MG/ML SOL INJ", ["FR 100 ML"], 2900),
    ("BROMOPRIDA 5 MG/ML SOL INJ", ["AMP 2 ML"], 190),
    ("ESCOPOLAMINA 20 MG/ML SOL INJ", ["AMP 1 ML"], 260),
    ("ESCOPOLAMINA + DIPIRONA SOL INJ", ["AMP 5 ML"], 420),
    ("GADOTERATO DE MEGLUMINA 0,5 MMOL/ML SOL INJ", ["FA 10 ML", "FA 20 ML", "SER 15 ML"], 12000),
    ("GADOBUTROL 1 MMOL/ML SOL INJ", ["FA 7,5 ML", "SER 10 ML"], 21000),
    ("IOEXOL 300 MG I/ML SOL INJ", ["FR 100 ML", "FR 20 ML"], 9500),
    ("IOPAMIDOL 370 MG I/ML SOL INJ", ["FR 50 ML", "FR 100 ML"], 12500),
    ("SULFATO DE BARIO 1 G/ML SUSP ORAL", ["FR 150 ML"], 2500),
]

LABS = ["LAB GENERICOS SP", "FARMA NACIONAL", "ANTIBIOTICOS BR", "ANESTESICOS NACIONAL", "CONTRASTES BR",
        "SOLUCOES PARENTERAIS"]


def medications(prefix, markup_permille):
    rows = []
    for c, t, d, lab, pres, pf, pmc in MEDICATION_ANCHORS:
        rows.append((c, t, d, lab, pres, brl(pf), brl(pmc), "18"))
    n = 300
    for fam, (principle, presentations, base) in enumerate(MEDICATION_FAMILIES):
        for i, pres in enumerate(presentations):
            for k in range(4):
                lab = LABS[(fam + k) % len(LABS)]
                body = f"{prefix}{n:06d}"
                n += 1
                pf = base * (100 + 9 * i + 6 * k) // 100 * markup_permille // 1000
                pmc = pf * 13375 // 10000       # CMED-like margin over PF (synthetic)
                code = body + check_digit(body)
                rows.append((code, code, principle, lab, pres, brl(pf), brl(pmc), ["18", "17", "12", "0"][k]))
    return rows


def write(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(";".join(header) + "\n")
        for r in rows:
            f.write(";".join(r) + "\n")
    print(f"wrote {path.relative_to(ROOT.parent)}: {len(rows)} rows")


SIMPRO_HEADER = ["CODIGO", "DESCRICAO", "FABRICANTE", "UNIDADE", "PRECO_FABRICA"]
BRASINDICE_HEADER = ["CODIGO", "TUSS", "DESCRICAO", "LABORATORIO", "APRESENTACAO", "PF", "PMC", "ICMS"]

if __name__ == "__main__":
    # Each contract gets its own edition of the lists: the generated rows carry a per-edition markup (in ‰) so the
    # editions differ; the anchors keep their round prices in every edition, because the cases use them.
    write(ROOT / "hospital-sao-lucas/tables/simpro-2025-03.csv", SIMPRO_HEADER, materials("7", 1000))
    write(ROOT / "hospital-sao-lucas/tables/brasindice-2025-03.csv", BRASINDICE_HEADER, medications("9", 1000))
    write(ROOT / "unimed-hospital/tables/simpro-2025-01.csv", SIMPRO_HEADER, materials("7", 985))
    write(ROOT / "unimed-hospital/tables/brasindice-2025-01.csv", BRASINDICE_HEADER, medications("9", 985))
    write(ROOT / "clinica-imagem/tables/simpro-2025-02.csv", SIMPRO_HEADER, materials("7", 992))
    write(ROOT / "clinica-imagem/tables/brasindice-2025-02.csv", BRASINDICE_HEADER, medications("9", 992))
