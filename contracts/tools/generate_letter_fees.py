#!/usr/bin/env python3
"""Writes the Unimed contract's two fee tables keyed by anaesthesia letter (contracts/unimed-hospital/tables/).

Run from the repository root:  python3 contracts/tools/generate_letter_fees.py   (not run by the build)

The hospital bills one own-table (00) fee code per letter: 8001NNNN "taxa de sala" and 8002NNNN "tempo cirúrgico",
NNNN = the letter's position in 0/A–Z without O (Solus FAQ: "com exceção da letra O, para que não gere confusão com
o número zero"). The codes are synthetic; the letter → size → R$ mapping lives in the contract and the stdlib.
"""
from pathlib import Path

LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"   # 25 letters: no O
OUT = Path(__file__).resolve().parents[1] / "unimed-hospital" / "tables"

for prefix, name, title in (("8001", "taxa-sala-por-letra.csv", "Taxa de sala cirúrgica"),
                            ("8002", "tempo-cirurgico-por-letra.csv", "Taxa de tempo cirúrgico")):
    with (OUT / name).open("w", encoding="utf-8", newline="\n") as f:
        f.write("code;description;letra\n")
        for i, letter in enumerate(LETTERS, 1):
            f.write(f"{prefix}{i:04d};{title} - porte anestésico {letter};{letter}\n")
    print(f"wrote {OUT / name}: {len(LETTERS)} rows")
