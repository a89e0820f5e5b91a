"""The views of the analysis database: the questions HQ asks most, as SQL anyone can
read (and change) in Datasette, DB Browser for SQLite or ``sqlite-utils``."""

from __future__ import annotations

#: name -> (English description, Korean description, SQL)
VIEWS: dict[str, tuple[str, str, str]] = {
    "disputes_by_post_ip_type_quarter": (
        "Disputes opened per post, IP type and quarter, with how many are still open",
        "공관·권리 유형·분기별 접수 분쟁 수(진행 중 포함)",
        """SELECT d.post, p.name_en AS post_en, p.name_ko AS post_ko,
       d.ip_type, d.ip_type_en, d.ip_type_ko, d.quarter,
       count(*) AS disputes,
       sum(d.status = 'open') AS open,
       sum(d.status = 'closed') AS closed
FROM disputes AS d LEFT JOIN posts AS p ON p.code = d.post
GROUP BY d.post, d.ip_type, d.quarter
ORDER BY d.post, d.ip_type, d.quarter""",
    ),
    "open_deadlines": (
        "Follow-ups and action items still to do, the most overdue first (open as the "
        "case log's to-do counts them); days_left counts from today",
        "아직 할 일인 후속 조치와 조치 사항(사건 기록의 할 일과 같은 기준), 가장 많이 지난 "
        "것부터; days_left는 오늘부터 센 날 수",
        """SELECT 'follow_ups' AS kind, f.id, f.post, f.due_on,
       CAST(julianday(f.due_on) - julianday(date('now')) AS INTEGER) AS days_left,
       f.description AS description, f.record_id, f.record_kind,
       f.record_title_ko, f.record_title_en, NULL AS conference_id, NULL AS owner_name
FROM follow_ups AS f WHERE f.open_deadline = 1
UNION ALL
SELECT 'action_items', a.id, a.post, a.due_on,
       CAST(julianday(a.due_on) - julianday(date('now')) AS INTEGER),
       coalesce(nullif(a.description_ko, ''), a.description_en), a.record_id, a.record_kind,
       a.record_title_ko, a.record_title_en, a.conference_id, a.owner_name
FROM action_items AS a WHERE a.open_deadline = 1
ORDER BY due_on, id""",
    ),
    "outcomes_by_counterparty_type": (
        "Disputes per counterparty type and outcome (a dispute with two kinds of "
        "counterparty counts under each)",
        "상대방 유형·결과별 분쟁 수(상대방 유형이 둘인 분쟁은 각각에 셈)",
        """SELECT c.type AS counterparty_type, c.type_en AS counterparty_type_en,
       c.type_ko AS counterparty_type_ko, d.outcome, d.outcome_en, d.outcome_ko,
       count(DISTINCT d.id) AS disputes,
       count(DISTINCT CASE WHEN d.status = 'closed' THEN d.id END) AS closed
FROM dispute_counterparties AS c JOIN disputes AS d ON d.id = c.dispute_id
GROUP BY c.type, d.outcome
ORDER BY c.type, disputes DESC""",
    ),
    "disputes_by_exporter": (
        "Each exporter's disputes at every post (company records of one exporter at "
        "several posts are one exporter)",
        "수출 기업별 모든 공관의 분쟁(여러 공관에 있는 같은 기업의 기록은 하나로 봄)",
        """SELECT e.id AS exporter_id, e.name_ko, e.name_en, e.posts,
       count(d.id) AS disputes, sum(d.status = 'open') AS open,
       group_concat(DISTINCT d.post) AS dispute_posts
FROM exporters AS e JOIN disputes AS d ON d.exporter_id = e.id
GROUP BY e.id
ORDER BY disputes DESC, e.id""",
    ),
}

#: table -> the columns full-text search covers (titles and summaries)
FTS: dict[str, tuple[str, ...]] = {
    "disputes": ("title_ko", "title_en", "summary"),
    "engagements": ("topic_ko", "topic_en", "result"),
    "trend_notes": ("title_ko", "title_en", "body", "implications"),
    "conferences": ("title_ko", "title_en", "summary"),
}
