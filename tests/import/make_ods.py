# Writes tests/import/nfd-report.ods: a minimal OpenDocument spreadsheet with
# a title holding the date, a header, an NFD name, comma-decimal text, a
# number typed as a number and a totals row. Run: python3 make_ods.py OUT
import sys, unicodedata, zipfile
nfd = lambda s: unicodedata.normalize("NFD", s)
rows = [
    [("s", "KẾT QUẢ THỰC HIỆN BHYT NĂM 2024")],
    [],
    [("s", "STT"), ("s", "Đơn vị"), ("s", "Dân số"), ("s", "Số người tham gia"), ("s", "Tỷ lệ bao phủ (%)")],
    [("n", 1), ("s", nfd("Tỉnh Lạng Sơn")), ("s", "1.719.400"), ("n", 1651300), ("s", "96,04")],
    [("n", 2), ("s", nfd("Thành phố Hà Nội")), ("n", 8719000), ("n", 8236450), ("n", 94.47)],
    [("s", ""), ("s", "Cộng"), ("n", 10438400), ("n", 9887750), ("s", "94,72")],
]
def cell(kind, v):
    if kind == "n":
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    if v == "":
        return "<table:table-cell/>"
    v = v.replace("&", "&amp;").replace("<", "&lt;")
    return f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
body = "".join(
    "<table:table-row>" + "".join(cell(k, v) for k, v in r) + "</table:table-row>"
    if r else '<table:table-row><table:table-cell/></table:table-row>'
    for r in rows
)
content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Tổng hợp">{body}</table:table></office:spreadsheet></office:body>
</office:document-content>'''
manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", date_time=(2025,1,1,0,0,0)), manifest, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("content.xml", date_time=(2025,1,1,0,0,0)), content, compress_type=zipfile.ZIP_DEFLATED)
