//! What a column of a report holds, and the code `--column` names it by.

use tiendo_model::fold::words;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Unit,
    Population,
    Participants,
    Coverage,
    Plan,
    PlanPercent,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Unit,
        Role::Population,
        Role::Participants,
        Role::Coverage,
        Role::Plan,
        Role::PlanPercent,
    ];

    pub fn index(self) -> usize {
        match self {
            Role::Unit => 0,
            Role::Population => 1,
            Role::Participants => 2,
            Role::Coverage => 3,
            Role::Plan => 4,
            Role::PlanPercent => 5,
        }
    }

    /// The code `--column` takes.
    pub fn code(self) -> &'static str {
        match self {
            Role::Unit => "unit",
            Role::Population => "population",
            Role::Participants => "participants",
            Role::Coverage => "coverage",
            Role::Plan => "plan",
            Role::PlanPercent => "plan_percent",
        }
    }

    /// A role by its code or its name in either language.
    pub fn parse(s: &str) -> Option<Role> {
        let w = words(s).replace(' ', "_");
        Some(match w.as_str() {
            "unit" | "don_vi" | "locality" | "name" | "ten" => Role::Unit,
            "population" | "dan_so" => Role::Population,
            "participants" | "tham_gia" | "so_nguoi_tham_gia" => Role::Participants,
            "coverage" | "ty_le" | "ty_le_bao_phu" | "bao_phu" => Role::Coverage,
            "plan" | "ke_hoach" | "ke_hoach_giao" => Role::Plan,
            "plan_percent" | "plan_pct" | "ty_le_ke_hoach" | "ke_hoach_pct" => Role::PlanPercent,
            _ => return None,
        })
    }
}
