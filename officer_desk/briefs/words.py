"""The fixed words of a briefing pack, in English and Korean.

Field and vocabulary labels come from the field specs and the vocabularies; these are
the words of the pack itself (section titles, KPI names, markings).
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # cover and control block
    "title": ("Briefing pack", "업무 보고 자료"),
    "title_for": ("Briefing pack — {conference}", "업무 보고 자료 — {conference}"),
    "posts": ("Posts", "공관"),
    "all_posts": ("All posts", "전체 공관"),
    "period": ("Period", "기간"),
    "all_dates": ("All dates", "전체 기간"),
    "since": ("from {start}", "{start}부터"),
    "until": ("until {end}", "{end}까지"),
    "conference": ("Conference", "회의"),
    "no_conference": ("None", "없음"),
    "brief_number": ("Brief number", "보고 번호"),
    "version": ("Version", "버전"),
    "brief_label": ("No. {number} v{version}", "보고 번호 {number} · 버전 {version}"),
    "edition": ("Edition", "배포 구분"),
    "distribution": ("Distribution", "배포처"),
    "generated": ("Generated", "작성 일시"),
    "organisation": ("Organisation", "기관"),
    "kinds": ("Records", "기록 종류"),
    "technology_fields": ("Technology fields", "기술 분야"),
    "tags": ("Tags", "태그"),
    "edition_internal": ("Internal edition (HQ)", "내부용 (본청)"),
    "edition_stakeholder": ("Stakeholder edition", "대외 배포용"),
    "marking_internal": ("INTERNAL — HQ ONLY / 대외비", "대외비 — 본청 내부용 / INTERNAL"),
    "marking_stakeholder": ("FOR STAKEHOLDERS — PUBLIC", "대외 배포용 — 공개"),
    "distribution_internal": ("HQ only", "본청 한정"),
    "distribution_stakeholder": ("Stakeholders and the public", "유관 기관·기업·일반 공개"),
    # layout
    "contents": ("Contents", "목차"),
    "page_of": ("Page {page} of {pages}", "{page} / {pages}쪽"),
    "empty": ("Nothing in this selection.", "선택한 범위에 해당 기록이 없습니다."),
    "continued": ("(continued)", "(계속)"),
    "key_figures": ("Key figures", "주요 수치"),
    "truncated": ("[… cut: too long]", "[… 너무 길어 생략]"),
    # sections
    "summary": ("Executive summary", "요약"),
    "kpis": ("Key performance indicators", "주요 지표"),
    "conference_part": ("Conference agenda and actions", "회의 안건 및 조치 사항"),
    "agenda": ("Agenda", "안건"),
    "actions_raised": ("Action items raised at this conference", "이번 회의 조치 사항"),
    "by_post": ("Posts", "공관별 현황"),
    "top_disputes": ("Disputes that changed in the period", "기간 중 변동 분쟁"),
    "post_engagements": ("Engagements", "협의"),
    "post_notes": ("Trend notes", "동향"),
    "trends": ("Market and policy trends", "시장·정책 동향"),
    "moved_disputes": ("Disputes that moved stage", "단계 변경 분쟁"),
    "period_by_post": ("The period post by post", "공관별 기간 현황"),
    "action_log": ("Action log carried over from the last conference",
                   "지난 회의 조치 사항 이행 현황"),
    "action_log_table": ("Action log, last conference", "지난 회의 조치 이행"),
    "annexes": ("Annexes", "부록"),
    # record sheets
    "sheet_disputes": ("Disputes", "분쟁"),
    "sheet_engagements": ("Engagements", "협의"),
    "sheet_trend_notes": ("Trend notes", "동향"),
    "sheet_companies": ("Companies", "기업"),
    "sheet_action_items": ("Action items", "조치 사항"),
    "sheet_follow_ups": ("Follow-ups", "후속 조치"),
    "sheet_agenda_items": ("Agenda", "안건"),
    "case_list": ("Annex A — Disputes that changed in the period",
                  "부록 A — 기간 중 변동 분쟁"),
    "deadline_calendar": ("Annex B — Deadline calendar", "부록 B — 기한 일정"),
    "engagement_log": ("Annex C — Engagement log", "부록 C — 협의 기록"),
    # figures and KPIs
    "open": ("Open", "진행 중"),
    "new": ("New", "신규"),
    "closed": ("Closed", "종결"),
    "open_disputes": ("Open disputes", "진행 중 분쟁"),
    "new_disputes": ("New disputes in the period", "기간 중 신규 분쟁"),
    "closed_disputes": ("Disputes closed in the period", "기간 중 종결 분쟁"),
    "engagements_held": ("Engagements held", "협의 실적"),
    "trend_notes": ("Trend notes", "동향 보고"),
    "open_actions": ("Open action items", "미완료 조치 사항"),
    "due_30": ("Deadlines in the next 30 days", "30일 이내 기한"),
    "overdue": ("Overdue deadlines", "기한 경과"),
    "kpi_by_post": ("Disputes by post", "공관별 분쟁"),
    "kpi_by_ip_type": ("Disputes by IP type", "권리 유형별 분쟁"),
    "kpi_by_kind": ("Disputes by kind", "분쟁 유형별 분쟁"),
    "kpi_technology": ("Disputes by technology field", "기술 분야별 분쟁"),
    "kpi_sme": ("Disputes by company size (SME share)", "기업 규모별 분쟁 (중소기업 비중)"),
    "kpi_npe": ("Disputes brought by NPEs (NPE share)", "NPE 관련 분쟁 (NPE 비중)"),
    "kpi_deadlines": ("Deadlines ahead", "다가오는 기한"),
    "kpi_engagements": ("Engagements held by post", "공관별 협의 실적"),
    "post": ("Post", "공관"),
    "ip_type": ("IP type", "권리 유형"),
    "dispute_kind": ("Dispute kind", "분쟁 유형"),
    "technology_field": ("Technology field", "기술 분야"),
    "company_size": ("Company size", "기업 규모"),
    "counterparty": ("Counterparty", "상대방"),
    "horizon": ("When", "기간"),
    "disputes": ("Disputes", "분쟁"),
    "engagements": ("Engagements", "협의"),
    "deadlines": ("Deadlines", "기한"),
    "npe": ("NPE involved", "NPE 관련"),
    "not_npe": ("No NPE", "NPE 무관"),
    "not_recorded": ("Not recorded", "미기재"),
    "within_days": ("Within {days} days", "{days}일 이내"),
    "kpi_note_period": ("New and closed: in the period ({period}); open: now.",
                        "신규·종결: 기간 중({period}), 진행 중: 현재 기준"),
    "kpi_note_held": ("Held in the period ({period}).", "기간 중({period}) 실적"),
    "kpi_note_deadlines": ("Open follow-ups and action items, from {today}.",
                           "{today} 기준 미완료 후속 조치 및 조치 사항"),
    "kpi_note_sme": ("SME share (SMEs and startups): {share}.",
                     "중소기업(스타트업 포함) 비중: {share}"),
    "kpi_note_npe": ("NPE share: {share}.", "NPE 비중: {share}"),
    # highlights
    "hl_disputes": ("Disputes: {open:,} open now; {new:,} new, {moved:,} moved stage and "
                    "{closed:,} closed in the period.",
                    "분쟁: 현재 진행 중 {open:,}건, 기간 중 신규 {new:,}건·단계 변경 {moved:,}건·"
                    "종결 {closed:,}건."),
    "hl_workbook": ("The workbook holds every selected record ({records}); this PDF lists "
                    "what changed in the period, the deadlines up to {until} and the open "
                    "action items.",
                    "통합문서에는 선택한 기록 전체({records})가 있고, 이 PDF에는 기간 중 변동 "
                    "사항과 {until}까지의 기한, 미완료 조치 사항을 싣습니다."),
    "n_records": ("{count} {kind}", "{kind} {count}건"),
    "note_changes": ("{shown} of the {total} disputes of the period changed in it (new, "
                     "moved stage, closed); the workbook lists all {total}.",
                     "기간 중 분쟁 {total}건 중 변동(신규·단계 변경·종결)이 있는 {shown}건입니다. "
                     "통합문서에 {total}건 모두 있습니다."),
    "note_deadlines": ("{shown} of {total} open deadlines: those that fell due in the period "
                       "or fall due by {until}; the workbook lists every follow-up and "
                       "action item.",
                       "미완료 기한 {total}건 중 기간 중 도래했거나 {until}까지 도래하는 "
                       "{shown}건입니다. 후속 조치와 조치 사항은 모두 통합문서에 있습니다."),
    "note_changes_capped": (
        "{changed} of the {total} disputes of the period changed in it (new, moved stage, "
        "closed); listed here: the {per_post} latest changes of each post ({shown}). The "
        "other {more} and all {total} disputes are in the workbook.",
        "기간 중 분쟁 {total}건 중 변동(신규·단계 변경·종결)이 있는 분쟁은 {changed}건이며, "
        "여기에는 공관별 최근 변동 {per_post}건씩({shown}건)을 싣습니다. 나머지 {more}건과 "
        "분쟁 {total}건 모두 통합문서에 있습니다."),
    "note_deadlines_capped": (
        "{eligible} open deadlines fell due in the period or fall due by {until}; listed "
        "here: every open action item and, for each post, the {per_post} follow-ups due "
        "nearest to today ({shown}). The other {more} and every follow-up are in the "
        "workbook.",
        "기간 중 도래했거나 {until}까지 도래하는 미완료 기한은 {eligible}건이며, 여기에는 미완료 "
        "조치 사항 전부와 공관별로 오늘에 가장 가까운 후속 조치 {per_post}건씩({shown}건)을 "
        "싣습니다. 나머지 {more}건과 후속 조치 전체는 통합문서에 있습니다."),
    "note_engagements_capped": (
        "{total} engagements were held in the period; listed here: the {per_post} latest of "
        "each post ({shown}). The other {more} are in the workbook.",
        "기간 중 협의는 {total}건이며, 여기에는 공관별 최근 {per_post}건씩({shown}건)을 싣습니다. "
        "나머지 {more}건은 통합문서에 있습니다."),
    "note_trends": ("{shown} of the {total} trend notes of the period (those of high "
                    "significance, most recent first); the workbook lists all {total}.",
                    "기간 중 동향 {total}건 중 중요도 높음 {shown}건(최근 순)입니다. 통합문서에 "
                    "{total}건 모두 있습니다."),
    "change_new": ("New", "신규"),
    "change_moved": ("Moved stage", "단계 변경"),
    "change_closed": ("Closed", "종결"),
    "col_change": ("Change", "변동"),
    "col_stage_since": ("Stage since", "단계 일자"),
    "hl_deadlines": ("Deadlines: {due:,} in the next 30 days, {overdue:,} overdue.",
                     "기한: 30일 이내 {due:,}건, 경과 {overdue:,}건."),
    "hl_engagements": ("Engagements with authorities held in the period: {engagements:,}.",
                       "기간 중 현지 기관 협의: {engagements:,}회."),
    "hl_actions": ("Action items from earlier conferences still open: {open:,}.",
                   "이전 회의 조치 사항 중 미완료: {open:,}건."),
    "hl_top_post": ("Most open disputes: {post} ({count:,}).",
                    "진행 중 분쟁 최다 공관: {post} ({count:,}건)"),
    # text item facts
    "stage_since": ("{stage} since {date}", "{stage} ({date}~)"),
    "opened": ("opened {date}", "{date} 접수"),
    "closed_on": ("closed {date}", "{date} 종결"),
    "case": ("case {number}", "사건번호 {number}"),
    "company": ("Company", "기업"),
    "with": ("with {agency}", "상대 기관: {agency}"),
    "result": ("Result", "결과"),
    "next_steps": ("Next steps", "향후 계획"),
    "implications": ("Implications", "시사점"),
    "source": ("Source", "출처"),
    "linked": ("Linked: {title}", "관련 기록: {title}"),
    "previous_none": ("No earlier conference.", "이전 회의가 없습니다."),
    "top_of": ("{shown} of {total} shown", "{total}건 중 {shown}건 표시"),
    # table columns
    "col_id": ("ID", "ID"),
    "col_post": ("Post", "공관"),
    "currency_not_recorded": ("(currency not recorded)", "(통화 미기재)"),
    "col_due": ("Due", "기한"),
    "col_days": ("Days left", "남은 일수"),
    "col_what": ("What", "내용"),
    "col_title": ("Title", "제목"),
    "col_action": ("Action", "조치 사항"),
    "col_kind": ("Kind", "종류"),
    "col_record": ("Record", "관련 기록"),
    "col_raised_at": ("Raised at", "제기 회의"),
    "col_company": ("Company", "기업"),
    "col_named": ("Agrees to be named", "기업명 공개 동의"),
    "follow_up": ("Follow-up", "후속 조치"),
    "action_item": ("Action item", "조치 사항"),
    "yes": ("yes", "예"),
    # anonymised companies
    "company_alias": ("Company {letter}", "기업 {letter}"),
    "company_other": ("[a company]", "[기업]"),
    "case_withheld": ("[case no. withheld]", "[사건번호 비공개]"),
    "number_withheld": ("[registration no. withheld]", "[등록번호 비공개]"),
    # structured lines (records about a company that has not agreed to be named)
    "dispute": ("Dispute", "분쟁"),
    "engagement": ("Engagement", "협의"),
    "engagement_with": ("{kind} with {agency}", "{agency} {kind}"),
    "follow_up_on": ("Follow-up: {about}", "후속 조치: {about}"),
    "follow_up_on_bare": ("Follow-up", "후속 조치"),
    "action_on": ("Action on: {about}", "조치 사항: {about}"),
    "action_on_bare": ("Action item", "조치 사항"),
    "agenda_on": ("Agenda item: {about}", "안건: {about}"),
    "agenda_on_bare": ("Agenda item", "안건"),
    "record_on": ("Record: {about}", "기록: {about}"),
    "record_on_bare": ("Record", "기록"),
    "forum_court": ("Court", "법원"),
    "forum_trade": ("Trade commission", "무역위원회"),
    "forum_office": ("IP office", "특허청·상표청"),
    "forum_customs": ("Customs", "세관"),
    "forum_authority": ("Administrative authority", "행정기관"),
    "forum_platform": ("Online platform", "온라인 플랫폼"),
    "forum_private": ("Out of court", "법정 외"),
    "forum_criminal": ("Police or prosecution", "수사기관"),
    "forum_adr": ("Mediation or arbitration", "조정·중재 기관"),
    "hl_structured": (
        "{count} records concern companies that have not agreed to be named: they are shown "
        "by kind, stage and dates only.",
        "기업명 공개에 동의하지 않은 기업 관련 기록 {count}건은 유형·단계·일자만 표시합니다."),
}


def word(key: str, lang: str, **params: object) -> str:
    en, ko = WORDS[key]
    text = ko if lang == "ko" else en
    return text.format(**params) if params else text
