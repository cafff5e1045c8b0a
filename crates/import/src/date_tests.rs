//! Every form a title writes its date in, with the exact date and
//! precision it gives, as typed, in capitals and without diacritics; the
//! lines that give no date; and each rule of `pick`.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn day(y: i32, m: u32, dd: u32) -> Option<(NaiveDate, Found)> {
    Some((d(y, m, dd), Found::Day))
}

fn month(y: i32, m: u32) -> Option<(NaiveDate, Found)> {
    Some((last_of_month(y, m).unwrap(), Found::Month))
}

fn year(y: i32) -> Option<(NaiveDate, Found)> {
    Some((d(y, 12, 31), Found::Year))
}

/// Each line of `cases` gives exactly its date, or none.
fn check(cases: &[(&str, Option<(NaiveDate, Found)>)]) {
    for (text, want) in cases {
        assert_eq!(in_line(text), *want, "{text:?}");
    }
}

#[test]
fn months_counted_from_january_end_at_their_last_month() {
    check(&[
        ("BÁO CÁO KẾT QUẢ 6 tháng đầu năm 2025", day(2025, 6, 30)),
        ("6 THÁNG ĐẦU NĂM 2025", day(2025, 6, 30)),
        ("6 thang dau nam 2025", day(2025, 6, 30)),
        ("9 tháng năm 2025", day(2025, 9, 30)),
        ("9 THÁNG NĂM 2025", day(2025, 9, 30)),
        ("9 tháng đầu năm 2025", day(2025, 9, 30)),
        ("3 tháng đầu năm 2025", day(2025, 3, 31)),
        ("3 tháng năm 2025", day(2025, 3, 31)),
        ("12 tháng năm 2024", day(2024, 12, 31)),
        ("2 tháng đầu năm 2024", day(2024, 2, 29)),
        ("Nửa đầu năm 2025", day(2025, 6, 30)),
        ("NỬA ĐẦU NĂM 2025", day(2025, 6, 30)),
    ]);
}

#[test]
fn months_at_the_end_of_the_year_end_on_31_december() {
    check(&[
        ("6 tháng cuối năm 2025", day(2025, 12, 31)),
        ("6 THÁNG CUỐI NĂM 2025", day(2025, 12, 31)),
        ("6 thang cuoi nam 2025", day(2025, 12, 31)),
        ("3 tháng cuối năm 2025", day(2025, 12, 31)),
        ("nửa cuối năm 2025", day(2025, 12, 31)),
    ]);
}

#[test]
fn quarters_end_at_their_third_month() {
    check(&[
        ("Báo cáo quý I năm 2025", day(2025, 3, 31)),
        ("quý II/2025", day(2025, 6, 30)),
        ("QUÝ III NĂM 2025", day(2025, 9, 30)),
        ("quý IV/2025", day(2025, 12, 31)),
        ("Quý 3 năm 2025", day(2025, 9, 30)),
        ("quy 3 nam 2025", day(2025, 9, 30)),
        ("QUY III/2025", day(2025, 9, 30)),
        ("quý III/2025", day(2025, 9, 30)),
        ("Quý 1 - 2025", day(2025, 3, 31)),
        ("Q3/2025", day(2025, 9, 30)),
        ("Q3 2025", day(2025, 9, 30)),
        ("q4-2025", day(2025, 12, 31)),
    ]);
}

#[test]
fn a_range_gives_its_end() {
    check(&[
        ("Kỳ báo cáo: 01/01/2025 - 30/09/2025", day(2025, 9, 30)),
        ("KỲ BÁO CÁO: 01/01/2025 - 30/09/2025", day(2025, 9, 30)),
        ("ky bao cao: 01/01/2025-30/09/2025", day(2025, 9, 30)),
        ("Kỳ báo cáo: 01/01/2025 – 30/09/2025", day(2025, 9, 30)),
        ("từ 01/01/2025 đến 30/09/2025", day(2025, 9, 30)),
        ("Từ ngày 01/10/2025 đến ngày 31/10/2025", day(2025, 10, 31)),
        ("TỪ NGÀY 01/10/2025 ĐẾN NGÀY 31/10/2025", day(2025, 10, 31)),
        ("tu ngay 01/10/2025 den ngay 31/10/2025", day(2025, 10, 31)),
        ("Từ tháng 1 đến tháng 9 năm 2025", day(2025, 9, 30)),
        ("Từ đầu năm 2025 đến ngày 30/09/2025", day(2025, 9, 30)),
        ("from 01/01/2025 to 30/09/2025", day(2025, 9, 30)),
    ]);
}

#[test]
fn a_range_written_backwards_keeps_both_ends_and_gives_no_date() {
    assert_eq!(
        line("Từ ngày 31/10/2025 đến ngày 01/10/2025"),
        Line::Figures(vec![
            Candidate::At(d(2025, 10, 31), Found::Day),
            Candidate::At(d(2025, 10, 1), Found::Day),
        ])
    );
    assert_eq!(in_line("Từ ngày 31/10/2025 đến ngày 01/10/2025"), None);
}

#[test]
fn a_start_alone_is_no_date() {
    assert_eq!(line("Từ ngày 01/10/2025"), Line::None);
    assert_eq!(line("TỪ NGÀY 01/10/2025"), Line::None);
    assert_eq!(line("from 01/10/2025"), Line::None);
    assert_eq!(line("Từ đầu năm 2025 đến nay"), Line::None);
}

#[test]
fn up_to_a_day() {
    check(&[
        (
            "TÌNH HÌNH THAM GIA BHYT ĐẾN NGÀY 30/09/2025",
            day(2025, 9, 30),
        ),
        ("Đến ngày 31/10/2025", day(2025, 10, 31)),
        ("ĐẾN NGÀY 31/10/2025", day(2025, 10, 31)),
        ("den ngay 31/10/2025", day(2025, 10, 31)),
        ("Đến hết ngày 31/10/2025", day(2025, 10, 31)),
        ("ĐẾN HẾT NGÀY 31/10/2025", day(2025, 10, 31)),
        ("Tính đến ngày 31/10/2025", day(2025, 10, 31)),
        ("Tính đến 31/10/2025", day(2025, 10, 31)),
        ("TINH DEN 31-10-2025", day(2025, 10, 31)),
        ("Số liệu đến 31.10.2025", day(2025, 10, 31)),
        ("ngày 30 tháng 9 năm 2025", day(2025, 9, 30)),
        ("NGÀY 30 THÁNG 9 NĂM 2025", day(2025, 9, 30)),
        ("Tính đến ngày 31 tháng 12 năm 2024", day(2024, 12, 31)),
        ("Đến 2025-09-30", day(2025, 9, 30)),
        // Written with the Icelandic Ð some old fonts use for Đ.
        ("ÐẾN NGÀY 30/09/2025", day(2025, 9, 30)),
    ]);
}

#[test]
fn to_the_end_of_a_month_or_year_is_its_last_day() {
    check(&[
        ("Đến hết tháng 9/2025", day(2025, 9, 30)),
        ("ĐẾN HẾT THÁNG 9/2025", day(2025, 9, 30)),
        ("den het thang 9/2025", day(2025, 9, 30)),
        ("Đến cuối tháng 2 năm 2024", day(2024, 2, 29)),
        ("Đến hết năm 2024", day(2024, 12, 31)),
    ]);
}

#[test]
fn a_month_or_a_year_stands_at_its_last_day() {
    check(&[
        ("Báo cáo tháng 9/2025", month(2025, 9)),
        ("tháng 10 năm 2025", month(2025, 10)),
        ("THÁNG 10 NĂM 2025", month(2025, 10)),
        ("thang 10 nam 2025", month(2025, 10)),
        ("tháng 09-2025", month(2025, 9)),
        ("tháng 2 năm 2024", month(2024, 2)),
        ("Báo cáo 9/2025", month(2025, 9)),
        ("Kết quả năm 2024", year(2024)),
        ("năm 2024", year(2024)),
        ("NĂM 2024", year(2024)),
        ("nam 2024", year(2024)),
    ]);
}

#[test]
fn english_titles() {
    check(&[
        ("Coverage as of 30/09/2025", day(2025, 9, 30)),
        ("as of 30 September 2025", day(2025, 9, 30)),
        ("As of September 30, 2025", day(2025, 9, 30)),
        ("Q3 2025", day(2025, 9, 30)),
        ("third quarter of 2025", day(2025, 9, 30)),
        ("first half of 2025", day(2025, 6, 30)),
        ("FIRST HALF OF 2025", day(2025, 6, 30)),
        ("second half of the year 2025", day(2025, 12, 31)),
        ("H1 2025", day(2025, 6, 30)),
        ("first 9 months of 2025", day(2025, 9, 30)),
        ("September 2025", month(2025, 9)),
        ("Sep-2025", month(2025, 9)),
        ("as of end of September 2025", day(2025, 9, 30)),
        ("year 2024", year(2024)),
    ]);
}

#[test]
fn without_a_year_a_line_names_a_day_or_month_but_gives_no_date() {
    let cases = [
        ("BÁO CÁO QUÝ III", 9, Some(30)),
        ("quý 1", 3, Some(31)),
        ("6 THÁNG ĐẦU NĂM", 6, Some(30)),
        ("6 tháng cuối năm", 12, Some(31)),
        ("Báo cáo tháng 9", 9, None),
        ("Đến ngày 30/9", 9, Some(30)),
        ("Đến ngày 30 tháng 9", 9, Some(30)),
        ("Đến hết tháng 9", 9, Some(30)),
    ];
    for (text, month, day) in cases {
        assert_eq!(
            line(text),
            Line::Figures(vec![Candidate::NoYear { month, day }]),
            "{text:?}"
        );
        assert_eq!(in_line(text), None, "{text:?}");
    }
    // Q3 alone may be District 3 of a city.
    assert_eq!(line("Q3"), Line::None);
    assert_eq!(line("H1"), Line::None);
    assert_eq!(line("trong 3 tháng qua"), Line::None);
}

#[test]
fn cover_letters_and_signatures_give_no_date() {
    let cases = [
        (
            "(Kèm theo Công văn số 123/BHXH-TST ngày 05/11/2025 của BHXH tỉnh)",
            Some(d(2025, 11, 5)),
        ),
        (
            "(KÈM THEO CÔNG VĂN SỐ 123/BHXH-TST NGÀY 05/11/2025)",
            Some(d(2025, 11, 5)),
        ),
        (
            "Kèm theo Báo cáo số 45/BC-BHXH ngày 10/10/2025",
            Some(d(2025, 10, 10)),
        ),
        (
            "kem theo bao cao so 45/BC-BHXH ngay 10/10/2025",
            Some(d(2025, 10, 10)),
        ),
        ("Hà Nội, ngày 05 tháng 11 năm 2025", Some(d(2025, 11, 5))),
        ("Hà Nội ngày 05 tháng 11 năm 2025", Some(d(2025, 11, 5))),
        ("Hà Nội, ngày    tháng    năm 2025", None),
        ("Từ Sơn, ngày 05 tháng 11 năm 2025", Some(d(2025, 11, 5))),
        (
            "Theo Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng",
            Some(d(2022, 4, 29)),
        ),
        ("HÀ NỘI, NGÀY 05 THÁNG 11 NĂM 2025", Some(d(2025, 11, 5))),
        ("Ha Noi, ngay 05 thang 11 nam 2025", Some(d(2025, 11, 5))),
        ("Nam Định, ngày 05 tháng 11 năm 2025", Some(d(2025, 11, 5))),
        (
            "TP. Hồ Chí Minh, ngày 5 tháng 11 năm 2025",
            Some(d(2025, 11, 5)),
        ),
        ("Lào Cai, ngày 5/11/2025", Some(d(2025, 11, 5))),
        ("Ngày lập biểu: 05/11/2025", Some(d(2025, 11, 5))),
        ("NGÀY LẬP BIỂU: 05/11/2025", Some(d(2025, 11, 5))),
        ("Người lập biểu", None),
        ("NGƯỜI LẬP BIỂU", None),
        ("(Ký, ghi rõ họ tên)", None),
        ("GIÁM ĐỐC", None),
        ("THỦ TRƯỞNG ĐƠN VỊ", None),
        ("Kế toán trưởng", None),
        ("Prepared by", None),
        (
            "Attached to letter No. 123 dated 05/11/2025",
            Some(d(2025, 11, 5)),
        ),
        ("Số: 123/BHXH-KHTC", None),
        ("SỐ: 02/2025/TT-BYT", None),
        (
            "Báo cáo số 45/BC-BHXH ngày 10/10/2025",
            Some(d(2025, 10, 10)),
        ),
    ];
    for (text, date) in cases {
        assert_eq!(line(text), Line::Letter(date), "{text:?}");
        assert_eq!(in_line(text), None, "{text:?}");
    }
}

#[test]
fn a_documents_number_and_date_are_taken_out_and_the_rest_read() {
    assert_eq!(
        line("Báo cáo số 45/BC-BHXH ngày 10/10/2025 về kết quả 9 tháng năm 2025"),
        Line::Figures(vec![Candidate::At(d(2025, 9, 30), Found::Day)])
    );
}

#[test]
fn a_time_compared_with_is_no_date() {
    check(&[
        (
            "Đến ngày 30/09/2025, so với cùng kỳ năm 2024",
            day(2025, 9, 30),
        ),
        ("Tháng 9/2025 so với tháng 9/2024", month(2025, 9)),
        ("SO VỚI 31/12/2024, ĐẾN NGÀY 30/09/2025", day(2025, 9, 30)),
        ("as of 30/09/2025 compared to 31/12/2024", day(2025, 9, 30)),
    ]);
    assert_eq!(line("So với cùng kỳ năm 2024"), Line::None);
}

#[test]
fn a_title_with_a_comma_is_no_signature() {
    check(&[
        (
            "TÌNH HÌNH THAM GIA BHYT, ĐẾN NGÀY 30/09/2025",
            day(2025, 9, 30),
        ),
        ("BÁO CÁO BHYT, NGÀY 30/09/2025", day(2025, 9, 30)),
        ("Số liệu, ngày 30/09/2025", day(2025, 9, 30)),
        ("Tình hình tham gia, ngày 30/09/2025", day(2025, 9, 30)),
        ("Report, 30/09/2025", day(2025, 9, 30)),
    ]);
}

#[test]
fn numbers_that_are_no_dates() {
    for text in [
        "Đơn vị tính: người",
        "ĐƠN VỊ TÍNH: NGƯỜI",
        "Biểu số 02/2025",
        "BIỂU SỐ 02/2025",
        "Biểu 02/2025",
        "Mẫu số 02/BHYT",
        "Theo Thông tư 02/2025/TT-BYT",
        "Mẫu 02/2025/TT-BYT",
        "Dân số: 1.234.567",
        "1.234.567",
    ] {
        assert_eq!(line(text), Line::None, "{text:?}");
    }
    // A form's number ends at the first space: what follows is read.
    check(&[
        ("Biểu số 02 - 6 tháng đầu năm 2025", day(2025, 6, 30)),
        ("BIỂU SỐ 02/2025 - THÁNG 9/2025", month(2025, 9)),
    ]);
}

#[test]
fn invalid_dates_give_none() {
    for text in [
        "Đến ngày 31/02/2025",
        "Đến ngày 30/13/2025",
        "ngày 31 tháng 2 năm 2025",
        "tháng 13/2025",
        "Đến 2025-02-30",
        "31 February 2025",
        "Đến ngày 31/2",
    ] {
        assert_eq!(line(text), Line::None, "{text:?}");
    }
}

#[test]
fn years_outside_1990_to_2100_are_ignored() {
    for text in [
        "năm 1989",
        "năm 2101",
        "Đến ngày 30/09/1989",
        "Đến ngày 30/09/2101",
        "Đến ngày 30/09/25",
        "tháng 9/1989",
        "9/2101",
        "quý III/1989",
        "Q3/2101",
        "6 tháng đầu năm 2101",
        "ngày 30 tháng 9 năm 1989",
    ] {
        assert_eq!(line(text), Line::None, "{text:?}");
    }
    check(&[("năm 1990", year(1990)), ("năm 2100", year(2100))]);
}

#[test]
fn two_dates_in_a_line_are_judged_as_two_lines_would_be() {
    assert_eq!(
        line("Báo cáo tháng 10/2025, số liệu tính đến ngày 31/10/2025"),
        Line::Figures(vec![
            Candidate::At(d(2025, 10, 31), Found::Month),
            Candidate::At(d(2025, 10, 31), Found::Day),
        ])
    );
    check(&[
        (
            "Báo cáo tháng 10/2025, số liệu tính đến ngày 31/10/2025",
            day(2025, 10, 31),
        ),
        (
            "Báo cáo năm 2025 (từ 01/01/2025 đến 30/09/2025)",
            day(2025, 9, 30),
        ),
        ("Số liệu đến 30/09/2025, cập nhật ngày 05/10/2025", None),
    ]);
}

// `pick`

fn at(date: NaiveDate, found: Found) -> Candidate {
    Candidate::At(date, found)
}

fn picked(index: usize, date: NaiveDate, found: Found) -> Result<Option<Picked>, (usize, usize)> {
    Ok(Some(Picked { index, date, found }))
}

#[test]
fn pick_a_day_in_its_month_wins_without_conflict() {
    let oct = at(d(2025, 10, 31), Found::Month);
    assert_eq!(
        pick(&[oct, at(d(2025, 10, 31), Found::Day)]),
        picked(1, d(2025, 10, 31), Found::Day)
    );
    assert_eq!(
        pick(&[oct, at(d(2025, 10, 15), Found::Day)]),
        picked(1, d(2025, 10, 15), Found::Day)
    );
}

#[test]
fn pick_a_period_end_in_its_year_wins_without_conflict() {
    assert_eq!(
        pick(&[
            at(d(2025, 12, 31), Found::Year),
            at(d(2025, 6, 30), Found::Day)
        ]),
        picked(1, d(2025, 6, 30), Found::Day)
    );
    assert_eq!(
        pick(&[
            at(d(2025, 12, 31), Found::Year),
            at(d(2025, 9, 30), Found::Month)
        ]),
        picked(1, d(2025, 9, 30), Found::Month)
    );
}

#[test]
fn pick_the_most_precise_wins_wherever_it_stands() {
    assert_eq!(
        pick(&[
            at(d(2025, 12, 31), Found::Year),
            at(d(2025, 9, 30), Found::Month),
            at(d(2025, 9, 30), Found::Day),
        ]),
        picked(2, d(2025, 9, 30), Found::Day)
    );
    assert_eq!(
        pick(&[
            at(d(2025, 9, 30), Found::Month),
            at(d(2025, 12, 31), Found::Year)
        ]),
        picked(0, d(2025, 9, 30), Found::Month)
    );
}

#[test]
fn pick_a_day_outside_another_lines_year_is_a_conflict() {
    assert_eq!(
        pick(&[
            at(d(2024, 12, 31), Found::Year),
            at(d(2025, 6, 30), Found::Day)
        ]),
        Err((1, 0))
    );
}

#[test]
fn pick_a_day_outside_another_lines_month_is_a_conflict() {
    assert_eq!(
        pick(&[
            at(d(2025, 9, 30), Found::Month),
            at(d(2025, 10, 31), Found::Day)
        ]),
        Err((1, 0))
    );
    // The last day of the month before is outside it too.
    assert_eq!(
        pick(&[
            at(d(2025, 10, 31), Found::Month),
            at(d(2025, 9, 30), Found::Day)
        ]),
        Err((1, 0))
    );
}

#[test]
fn pick_two_different_days_are_a_conflict() {
    assert_eq!(
        pick(&[
            at(d(2025, 9, 30), Found::Day),
            at(d(2025, 10, 31), Found::Day)
        ]),
        Err((0, 1))
    );
    assert_eq!(
        pick(&[
            at(d(2025, 9, 30), Found::Month),
            at(d(2025, 10, 31), Found::Month)
        ]),
        Err((0, 1))
    );
    assert_eq!(
        pick(&[
            at(d(2024, 12, 31), Found::Year),
            at(d(2025, 12, 31), Found::Year)
        ]),
        Err((0, 1))
    );
}

#[test]
fn pick_equal_candidates_agree_and_the_first_wins() {
    let day = at(d(2025, 9, 30), Found::Day);
    assert_eq!(pick(&[day, day]), picked(0, d(2025, 9, 30), Found::Day));
}

#[test]
fn pick_a_line_without_its_year_rules_out_what_it_does_not_name() {
    let q3 = Candidate::NoYear {
        month: 9,
        day: Some(30),
    };
    let year_2025 = at(d(2025, 12, 31), Found::Year);
    // Quarter III and 2025 in two cells: 31 December would be wrong.
    assert_eq!(pick(&[q3, year_2025]), Err((1, 0)));
    assert_eq!(
        pick(&[q3, at(d(2025, 9, 30), Found::Month)]),
        picked(1, d(2025, 9, 30), Found::Month)
    );
    assert_eq!(pick(&[q3, at(d(2025, 9, 15), Found::Day)]), Err((1, 0)));
    let q4 = Candidate::NoYear {
        month: 12,
        day: Some(31),
    };
    assert_eq!(
        pick(&[q4, year_2025]),
        picked(1, d(2025, 12, 31), Found::Year)
    );
    let september = Candidate::NoYear {
        month: 9,
        day: None,
    };
    assert_eq!(
        pick(&[september, at(d(2025, 9, 15), Found::Day)]),
        picked(1, d(2025, 9, 15), Found::Day)
    );
    assert_eq!(pick(&[q3]), Ok(None));
}

#[test]
fn pick_nothing_is_no_date() {
    assert_eq!(pick(&[]), Ok(None));
}

/// Every candidate of `lines`, as the import gathers them from the cells.
fn pick_lines(lines: &[&str]) -> Result<Option<NaiveDate>, (usize, usize)> {
    let candidates: Vec<Candidate> = lines
        .iter()
        .flat_map(|l| match line(l) {
            Line::Figures(c) => c,
            Line::Letter(_) | Line::None => Vec::new(),
        })
        .collect();
    pick(&candidates).map(|p| p.map(|p| p.date))
}

#[test]
fn title_lines_together() {
    assert_eq!(
        pick_lines(&[
            "(Kèm theo Công văn số 123/BHXH-TST ngày 05/11/2025)",
            "Đến ngày 31/10/2025",
        ]),
        Ok(Some(d(2025, 10, 31)))
    );
    assert_eq!(
        pick_lines(&["Báo cáo tháng 10/2025", "Đến ngày 31/10/2025"]),
        Ok(Some(d(2025, 10, 31)))
    );
    assert_eq!(
        pick_lines(&["năm 2025", "6 tháng đầu năm 2025"]),
        Ok(Some(d(2025, 6, 30)))
    );
    assert_eq!(
        pick_lines(&["năm 2024", "Đến ngày 30/06/2025"]),
        Err((1, 0))
    );
    assert_eq!(
        pick_lines(&["Đến ngày 30/09/2025", "Đến ngày 31/10/2025"]),
        Err((0, 1))
    );
    assert_eq!(
        pick_lines(&[
            "BÁO CÁO TÌNH HÌNH THAM GIA BHYT 9 THÁNG NĂM 2025",
            "Số: 123/BHXH-KHTC",
            "Hà Nội, ngày 05 tháng 11 năm 2025",
        ]),
        Ok(Some(d(2025, 9, 30)))
    );
}

#[test]
fn a_day_or_month_without_its_year_takes_the_one_year_its_line_names() {
    check(&[
        ("Năm 2025 - Quý III", day(2025, 9, 30)),
        ("QUÝ III NĂM 2025 - THÁNG 9", day(2025, 9, 30)),
        ("Từ ngày 01/10/2025 đến ngày 31/10", day(2025, 10, 31)),
        ("Tháng 9 - năm 2025", month(2025, 9)),
        ("Tháng 9/2025 - năm 2025", month(2025, 9)),
        ("NĂM 2025 - THÁNG 9/2025", month(2025, 9)),
    ]);
    // Two years on the line: which one is meant is not known.
    assert_eq!(
        line("Báo cáo quý III; kế hoạch năm 2024 và năm 2025"),
        Line::Figures(vec![
            Candidate::NoYear {
                month: 9,
                day: Some(30)
            },
            Candidate::At(d(2024, 12, 31), Found::Year),
            Candidate::At(d(2025, 12, 31), Found::Year),
        ])
    );
    // A year compared with lends the quarter nothing.
    assert_eq!(
        line("Báo cáo quý III, so với cùng kỳ năm 2024"),
        Line::Figures(vec![Candidate::NoYear {
            month: 9,
            day: Some(30)
        }])
    );
}
