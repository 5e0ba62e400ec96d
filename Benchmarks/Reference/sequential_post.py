#!/usr/bin/env python3
"""The yardstick for `orchestrator run` with `init`'s configuration: a plain sequential script doing the same
durable work per order against the same TIPSA endpoint.

Reads a Mirakl CSV export (`;`-separated, as the project's generator writes it), groups its lines by order id, logs
in to TIPSA once, and for each order: records it POSTING (SQLite, WAL, synchronous=FULL, one commit), books it
(GrabaEnvio24), fetches its label (ConsEtiquetaEnvio6), writes the label to disk (fsync), records it POSTED (one
commit). One order at a time: csv + urllib + sqlite3, the standard library only.

    python3 sequential_post.py generate EXPORT.csv ORDERS      # an export every order of which goes to TIPSA
    python3 sequential_post.py post EXPORT.csv WORKDIR         # with TIPSA_URL TIPSA_AGENCY TIPSA_CLIENT TIPSA_PASSWORD
"""
import base64
import csv
import os
import re
import sqlite3
import sys
import time
import urllib.request
from xml.sax.saxutils import escape

HEADER = ("order_id;order_line_id;order_state;offer_sku;product_title;quantity;total_price;currency_iso_code;"
          "customer.shipping_address.firstname;customer.shipping_address.lastname;customer.shipping_address.street_1;"
          "customer.shipping_address.zip_code;customer.shipping_address.city;customer.shipping_address.country_iso_code;"
          "customer.shipping_address.phone;weight_kg")


def generate(path, orders):
    """Spanish orders of 1.5 kg: the default routing sends them all to TIPSA (service 48)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER + "\n")
        for index in range(orders):
            order_id = f"REF-{index}"
            out.write(f"{order_id};{order_id}-1;SHIPPING;SKU-{index % 97};Artículo {index};1;19.90;EUR;Nombre{index};"
                      f"Pérez;Calle de Alcalá {index % 300};28009;Madrid;ES;+34 600 {100000 + index % 900000};1.5\n")


def soap(base, service, method, session, fields):
    body = ('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope '
            'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tem="http://tempuri.org/">'
            f'<soapenv:Header><tem:ROClientIDHeader><tem:ID>{escape(session)}</tem:ID></tem:ROClientIDHeader>'
            f'</soapenv:Header><soapenv:Body><tem:{service}___{method}>'
            + "".join(f"<tem:{name}>{escape(value)}</tem:{name}>" for name, value in fields)
            + f"</tem:{service}___{method}></soapenv:Body></soapenv:Envelope>")
    request = urllib.request.Request(
        f"{base.rstrip('/')}/SOAP?service={service}", data=body.encode("utf-8"),
        headers={"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f"urn:DinaPaq-{service}#{method}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode("utf-8")


def field(xml, name):
    match = re.search(rf"<(?:\w+:)?{name}>(.*?)</(?:\w+:)?{name}>", xml, re.S)
    return match.group(1) if match else ""


def post(export, workdir):
    base, agency, client = os.environ["TIPSA_URL"], os.environ["TIPSA_AGENCY"], os.environ["TIPSA_CLIENT"]
    os.makedirs(os.path.join(workdir, "labels"), exist_ok=True)
    started = time.monotonic()
    orders = {}
    with open(export, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            orders.setdefault(row["order_id"], []).append(row)
    db = sqlite3.connect(os.path.join(workdir, "ledger.sqlite"))
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE IF NOT EXISTS orders (order_id TEXT PRIMARY KEY, state TEXT, albaran TEXT)")
    login = soap(base, "LoginWSService", "LoginCli", "",
                 [("strCodAge", agency), ("strCod", client), ("strPass", os.environ["TIPSA_PASSWORD"])])
    session = field(login, "strSesion")
    for order_id, lines in orders.items():
        first = lines[0]
        db.execute("INSERT OR REPLACE INTO orders VALUES (?, 'POSTING', NULL)", (order_id,))
        db.commit()
        booked = soap(base, "WebServService", "GrabaEnvio24", session, [
            ("strCodAgeCargo", agency), ("strCodAgeOri", agency), ("dtFecha", time.strftime("%Y/%m/%d")),
            ("strCodTipoServ", "48"), ("strCodCli", client), ("strNomOri", "Seller"), ("strDirOri", "Calle 1"),
            ("strPobOri", "Madrid"), ("strCPOri", "28014"), ("strTlfOri", "910000000"),
            ("strNomDes", first["customer.shipping_address.firstname"] + " " + first["customer.shipping_address.lastname"]),
            ("strDirDes", first["customer.shipping_address.street_1"]), ("strPobDes", first["customer.shipping_address.city"]),
            ("strCPDes", first["customer.shipping_address.zip_code"]), ("strCodPais", "ES"),
            ("strTlfDes", first["customer.shipping_address.phone"]), ("intPaq", "1"),
            ("dPesoOri", str(sum(float(line["weight_kg"]) for line in lines))), ("strRef", order_id),
            ("boInsert", "true")])
        albaran = field(booked, "strAlbaranOut").strip()
        label = soap(base, "WebServService", "ConsEtiquetaEnvio6", session,
                     [("StrAlbaran", albaran), ("intIdRepDet", "233"), ("strFormato", "pdf")])
        path = os.path.join(workdir, "labels", albaran + ".pdf")
        with open(path, "wb") as out:
            out.write(base64.b64decode(field(label, "strEtiquetas")))
            out.flush()
            os.fsync(out.fileno())
        db.execute("UPDATE orders SET state = 'POSTED', albaran = ? WHERE order_id = ?", (albaran, order_id))
        db.commit()
    elapsed = time.monotonic() - started
    print(f"sequential script: {len(orders)} orders in {elapsed:.2f} s, {len(orders) / elapsed:.1f} orders/s")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "generate":
        generate(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[1] == "post":
        post(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
