"""Messages of merging a package: a row refused (its values, who may send it), and the
whole package refused while merging."""

from __future__ import annotations

MERGING: dict[str, tuple[str, str]] = {
    # -- one row of a package (shown among the refused records of a merge) -------------
    "row.missing": ("{what} is missing", "{what}: 값이 없습니다"),
    "row.not_text": ("{what} is not text", "{what}: 텍스트가 아닙니다"),
    "row.too_long": (
        "{what} is longer than {limit:,} characters",
        "{what}: {limit:,}자보다 깁니다",
    ),
    "row.unknown_value": (
        "{what} has the unknown value {value!r}",
        "{what}: 알 수 없는 값 {value!r}",
    ),
    "row.not_date": ("{what} is not a date", "{what}: 날짜가 아닙니다"),
    "row.bad_date": ("{what} {value!r} is not a date", "{what}: {value!r}은(는) 날짜가 아닙니다"),
    "row.not_amount": (
        "{what} is not a non-negative number",
        "{what}: 0 이상의 숫자가 아닙니다",
    ),
    "row.not_integer": ("{what} is not a whole number", "{what}: 정수가 아닙니다"),
    "row.not_bool": ("{what} is not 0 or 1", "{what}: 0 또는 1이 아닙니다"),
    "row.not_bytes": ("{what} is not file content", "{what}: 파일 내용이 아닙니다"),
    "row.not_list": ("{what} is not a list", "{what}: 목록이 아닙니다"),
    "row.not_texts": ("{what} is not a list of texts", "{what}: 텍스트 목록이 아닙니다"),
    "row.not_parties": ("{what} is not a list of parties", "{what}: 당사자 목록이 아닙니다"),
    "row.field": ("record {id} field {field}", "레코드 {id}의 {field} 항목"),
    "row.kind_id": ("a {kind} id", "{kind}의 ID"),
    "row.field_versions": ("record {id} field versions", "레코드 {id}의 필드 버전"),
    "row.seen_vector": ("record {id} seen vector", "레코드 {id}의 seen 벡터"),
    "row.not_id": ("{what} is not an id", "{what}: ID가 아닙니다"),
    "row.bad_id": ("{what} {value!r} is not an id", "{what} {value!r}: ID가 아닙니다"),
    "row.id_form": (
        "{what} {value!r} is not in the standard id form",
        "{what} {value!r}: 표준 ID 형식이 아닙니다",
    ),
    "row.not_json_text": ("{what} is not JSON text", "{what}: JSON 텍스트가 아닙니다"),
    "row.bad_json": ("{what} is not valid JSON", "{what}: 올바른 JSON이 아닙니다"),
    # -- who may send what (sync.authority) --------------------------------------------
    "authority.own_not_listed": (
        "the package does not list its own installation among its post's",
        "패키지가 자기 설치를 자기 공관의 설치 목록에 적지 않았습니다",
    ),
    "authority.lists_other_posts": (
        "a package of post {post} lists installations of other posts ({others}); only HQ "
        "relays other posts' records",
        "{post} 공관의 패키지가 다른 공관({others})의 설치를 적었습니다. 다른 공관의 레코드는 "
        "본부만 전달합니다",
    ),
    "authority.installation_of_other_post": (
        "the package lists installation {installation} as post {post}'s, but it is post "
        "{known}'s here; an installation belongs to one post",
        "패키지가 설치 {installation}을(를) {post} 공관의 것으로 적었지만 이 데이터베이스에서는 "
        "{known} 공관의 설치입니다. 설치는 한 공관에만 속합니다",
    ),
    "authority.id_of_other_kind": (
        "{kind} {id}: this id is already used here by a record of another kind ({other}, "
        "post {post}); an id is never reused, so this row is damaged or forged and was not "
        "merged",
        "{kind} {id}: 이 ID는 이미 다른 종류의 레코드({other}, {post} 공관)가 쓰고 있습니다. "
        "ID는 다시 쓰이지 않으므로 이 행은 손상되었거나 위조된 것이며 병합하지 않았습니다",
    ),
    "authority.post_changed": (
        "{kind} {id} belongs to post {post}, not {owner}; a record's post never changes",
        "{kind} {id}은(는) {owner}이(가) 아니라 {post} 공관의 레코드입니다. 레코드의 소유 "
        "공관은 바뀌지 않습니다",
    ),
    "authority.reference_from_post": (
        "{kind} {id}: {kind} entries are HQ's; a package from {sender} cannot create or "
        "change them",
        "{kind} {id}: {kind} 항목은 본부의 것이므로 {sender} 공관의 패키지로 만들거나 바꿀 수 "
        "없습니다",
    ),
    "authority.other_posts_record": (
        "{kind} {id} belongs to post {owner}; a package from {sender} cannot create or "
        "change it",
        "{kind} {id}은(는) {owner} 공관의 레코드이므로 {sender} 공관의 패키지로 만들거나 바꿀 "
        "수 없습니다",
    ),
    "authority.reference_of_post": (
        "{kind} {id}: {kind} entries belong to HQ, not post {owner}",
        "{kind} {id}: {kind} 항목은 {owner} 공관이 아니라 본부의 것입니다",
    ),
    "authority.creation": ("its creation", "생성"),
    "authority.change_of": ("its change of {field}", "{field} 변경"),
    "authority.unknown_installation": (
        "which is not known here as one of post {owner}'s installations (if it is, merge a "
        "package from it, or from a {owner} computer that knows it, first)",
        "이 설치는 여기서 {owner} 공관의 설치로 알려져 있지 않습니다(그렇다면 그 설치나 그것을 "
        "아는 {owner} 컴퓨터의 패키지를 먼저 병합하십시오)",
    ),
    "authority.installation_of": ("which is post {post}'s", "이 설치는 {post} 공관의 것입니다"),
    "authority.not_its_installation": (
        "{kind} {id}: {what} was made by installation {installation}, {whose}; only post "
        "{owner}'s own installations may create or change its records",
        "{kind} {id}: {what}은(는) 설치 {installation}이(가) 했으며, {whose}. {owner} 공관의 "
        "레코드는 그 공관의 설치만 만들거나 바꿀 수 있습니다",
    ),
    "authority.not_unique": (
        "{kind} {id}: {value} is already used here by {kind} {other}; the row was not merged "
        "(the two must be told apart at HQ)",
        "{kind} {id}: {value}은(는) 이미 이곳의 {kind} {other}이(가) 쓰고 있어 이 행을 "
        "병합하지 않았습니다(본부에서 둘을 구분해야 합니다)",
    ),
    # -- merging -----------------------------------------------------------------------
    "merge.unexpected": (
        "the package could not be merged because of a problem no check foresaw ({detail}); "
        "nothing of it was kept{where}. Please report it",
        "예상하지 못한 문제로 패키지를 병합하지 못했습니다({detail}). 패키지의 어떤 것도 "
        "남기지 않았습니다{where}. 이 문제를 알려 주십시오",
    ),
    "merge.details_in": ("; details in {path}", ". 자세한 내용은 {path}에 있습니다"),
    "merge.refused_whole": (
        "{reason}; nothing of it was merged",
        "{reason}. 패키지의 어떤 것도 병합하지 않았습니다",
    ),
    "merge.damaged_record": (
        "the package holds a damaged record: {reason}; nothing of it was merged",
        "패키지에 손상된 레코드가 있습니다: {reason}. 패키지의 어떤 것도 병합하지 않았습니다",
    ),
    "merge.invalid_record": (
        "the package holds a record this program does not accept: {reason}; nothing of it "
        "was merged. Correct the record at its post and send a new package",
        "패키지에 이 프로그램이 받아들이지 않는 레코드가 있습니다: {reason}. 패키지의 어떤 것도 "
        "병합하지 않았습니다. 그 공관에서 레코드를 고친 뒤 새 패키지를 보내 주십시오",
    ),
    "merge.invalid_term": (
        "the package holds a record this program does not accept: {reason}; nothing of it "
        "was merged. If a code it does not know is a term HQ added recently, this database "
        "has not received it yet: merge HQ's latest package first (every package from HQ "
        "carries all of HQ's terms; ask HQ for one if none has arrived), then this one "
        "again. Correct the record at its post and send a new package otherwise",
        "패키지에 이 프로그램이 받아들이지 않는 레코드가 있습니다: {reason}. 패키지의 어떤 것도 "
        "병합하지 않았습니다. 모르는 코드가 본청이 최근 추가한 용어라면 이 데이터베이스가 아직 "
        "받지 못한 것입니다. 본청의 최신 패키지를 먼저 병합한 뒤(본청의 모든 패키지에는 본청의 "
        "용어가 모두 들어 있습니다. 받은 것이 없으면 본청에 요청하십시오) 이 패키지를 다시 "
        "병합하십시오. 그렇지 않다면 그 공관에서 레코드를 고친 뒤 새 패키지를 보내 주십시오",
    ),
    "merge.cancelled": (
        "cancelled; nothing of this package was kept",
        "취소했습니다. 이 패키지의 어떤 것도 남기지 않았습니다",
    ),
    "merge.count_mismatch": (
        "the package says it holds {expected} {kind} but {count} were read",
        "패키지에는 {kind} {expected}건이 있다고 적혀 있지만 {count}건을 읽었습니다",
    ),
    "merge.missing_parent": (
        "{table} {shown} refers to a {parent} record this database does not have ({count} "
        "such references); merge the earlier packages of that post first, or ask it for a "
        "full package (if a row of this package was refused, the reference may be to it)",
        "{table} {shown}이(가) 이 데이터베이스에 없는 {parent} 레코드를 가리킵니다(이런 참조 "
        "{count}건). 그 공관의 이전 패키지를 먼저 병합하거나 전체 패키지를 "
        "요청하십시오(이 패키지의 행이 거부되었다면 그 행을 가리키는 것일 수 있습니다)",
    ),
    # -- a row's version stamps and seen vector (sync.decode) ----------------------------
    "row.not_installation": (
        "record {id}: {what} names {value!r}, which is not an installation id",
        "레코드 {id}: {what}에 설치 ID가 아닌 {value!r}이(가) 있습니다",
    ),
    "row.not_counter": (
        "record {id}: {what} is not a positive whole number",
        "레코드 {id}: {what}이(가) 양의 정수가 아닙니다",
    ),
    "row.counter_above_clock": (
        "record {id}: {what} is {value}, above the package's own counter {clock} (a package "
        "never holds a change made after it was written)",
        "레코드 {id}: {what}이(가) {value}(으)로, 패키지 자체의 카운터 {clock}보다 큽니다(패키지는 "
        "자신이 만들어진 뒤의 변경을 담을 수 없습니다)",
    ),
    "row.stamp_of": ("the version stamp of {field}", "{field}의 버전 스탬프"),
    "row.stamp_context": ("{what} (context)", "{what} 문맥"),
    "row.its_version": ("its version", "버전"),
    "row.its_origin": ("its origin", "출처 설치"),
    "row.its_seen_vector": ("its seen vector", "seen 벡터"),
    "row.its_seen_counter": (
        "its seen counter of {installation}",
        "seen 벡터의 {installation} 카운터",
    ),
    "row.not_stamp": (
        "record {id}: {what} is not a version stamp",
        "레코드 {id}: {what}이(가) 올바르지 않습니다",
    ),
    "row.no_context": (
        "record {id}: {what} has no valid context",
        "레코드 {id}: {what}의 문맥이 올바르지 않습니다",
    ),
    "row.own_in_context": (
        "record {id}: {what} lists its own installation in its context",
        "레코드 {id}: {what} 문맥에 자기 설치가 있습니다",
    ),
    "row.bad_field_versions": (
        "record {id} has invalid field versions",
        "레코드 {id}: 필드 버전이 올바르지 않습니다",
    ),
    "row.unknown_field_version": (
        "record {id} has a version for an unknown field {field!r}",
        "레코드 {id}: 알 수 없는 필드 {field!r}의 버전이 있습니다",
    ),
    "row.bad_seen": (
        "record {id} has an invalid seen vector",
        "레코드 {id}: seen 벡터가 올바르지 않습니다",
    ),
    "row.change_not_seen": (
        "record {id}: the change of {field} is not in its seen vector",
        "레코드 {id}: {field}의 변경이 seen 벡터에 없습니다",
    ),
    "row.context_not_seen": (
        "record {id}: what the change of {field} had seen is not in its seen vector",
        "레코드 {id}: {field} 변경이 보았던 내용이 seen 벡터에 없습니다",
    ),
    "row.no_owner": (
        "record {id} has no valid owning post",
        "레코드 {id}: 소유 공관이 올바르지 않습니다",
    ),
    "row.bad_deleted": (
        "record {id} has an invalid deleted flag",
        "레코드 {id}: 삭제 표시가 올바르지 않습니다",
    ),
    "row.bad_timestamp": (
        "record {id} has an invalid {column}",
        "레코드 {id}: {column}이(가) 올바르지 않습니다",
    ),
    "row.invalid": (
        "{kind} {id} of {post}: {problem}",
        "{post}의 {kind} {id}: {problem}",
    ),
    "row.attachment_mismatch": (
        "attachment {id}: the content does not match its size and hash",
        "첨부 {id}: 내용이 크기·해시와 맞지 않습니다",
    ),
}
