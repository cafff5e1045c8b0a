# Makes legacy-report.xls, an old-format (BIFF) report: a title line with
# the month, text numbers with dot thousands and a comma decimal beside
# typed numbers, and a totals row. Needs xlwt (pip install xlwt).
import xlwt

wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("Báo cáo")
ws.write(0, 0, "BÁO CÁO TÌNH HÌNH THAM GIA BHYT THÁNG 9/2025")
for col, head in enumerate(["STT", "Tên đơn vị", "Dân số", "Số người tham gia", "Tỷ lệ bao phủ (%)"]):
    ws.write(2, col, head)
for col, value in enumerate([1, "Tỉnh Lạng Sơn", 1719400, 1651300, 96.04]):
    ws.write(3, col, value)
for col, value in enumerate([2, "Tỉnh Cao Bằng", "550.000", "534.000", "97,09"]):
    ws.write(4, col, value)
ws.write(5, 1, "Tổng cộng")
ws.write(5, 2, 2269400)
wb.save("legacy-report.xls")
