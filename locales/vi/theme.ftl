# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Tiếng Việt
skip-to-content = Chuyển đến nội dung chính
footer-built-with = Được tạo bằng glocal. Dùng được cả khi không có mạng: mở thư mục này bằng trình duyệt bất kỳ.
portal-intro = Chọn khóa học, khu vực và ngôn ngữ.

## Course pages

course-contents = Nội dung khóa học
course-menu = Mục lục khóa học
on-this-page = Trên trang này
course-home = Trang chính của khóa học
agenda = Lịch trình
print-version = Bản in khóa học
downloads = Tài liệu tải về
pager = Bài trước và bài tiếp theo
audience = Đối tượng học viên
objectives = Mục tiêu học tập
modules = Các học phần
print-now = In hoặc lưu thành PDF

# $minutes (number): a lesson's or activity's length
duration-minutes = { $minutes ->
   *[other] { $minutes } phút
}
# $hours, $minutes (numbers): a total time split in hours and minutes
duration-total = { $hours ->
    [0] Tổng cộng { $minutes } phút
   *[other] Tổng cộng { $hours } giờ { $minutes } phút
}

## Search

search = Tìm kiếm
search-placeholder = Tìm trong khóa học này
search-no-results = Không có kết quả

## Directives

activity = Hoạt động
materials = Tài liệu
trainer-note = Ghi chú cho giảng viên
question = Kiểm tra mức độ hiểu bài
question-check = Kiểm tra đáp án
question-reveal = Xem đáp án
question-select-one = Chọn một đáp án.
question-select-all = Chọn tất cả các đáp án đúng.
answer-correct = Chính xác
answer-wrong = Chưa đúng. Hãy thử lại, hoặc xem đáp án.
answer-shown = Đáp án đúng đã được đánh dấu ở trên. Lý do:
answer-right-option = đáp án đúng

## Agenda

agenda-time = Thời gian
agenda-item = Nội dung
agenda-minutes = Số phút
# $hours, $minutes (numbers): a length of time split in hours and minutes
duration-hm = { $hours ->
    [0] { $minutes } phút
   *[other] { $hours } giờ { $minutes } phút
}
# $duration, $target (text): two lengths of time written with duration-hm
agenda-against-target = { $duration } trên { $target } dự kiến
# $minutes (number): how much shorter than its target the session is
agenda-under-target = { $minutes ->
   *[other] Buổi này còn dư { $minutes } phút so với thời lượng mục tiêu.
}
# $minutes (number): how far the session runs past its target
agenda-over-target = Buổi này vượt thời lượng mục tiêu { $minutes } phút.
# $timezone (text): an IANA time zone such as Europe/Berlin
agenda-timezone = Thời gian theo giờ địa phương ({ $timezone }).
break = Giải lao
lunch = Nghỉ trưa

## Downloads

download-print-help = toàn bộ khóa học trên một trang, sẵn sàng để in hoặc lưu thành PDF.
download-agenda-csv = Lịch trình (CSV)
download-agenda-csv-help = lịch trình chi tiết theo giờ, để mở bằng bảng tính.

## Adaptation

adaptation = Những thay đổi của khu vực này
# $region (text): the region's name
adaptation-title = Cách khu vực { $region } điều chỉnh khóa học
# $core, $adapted (numbers): percentages that add up to 100; $region (text)
adaptation-summary = { $core }% nội dung cốt lõi toàn cầu, { $adapted }% điều chỉnh cho khu vực { $region }
# $adapted, $budget (numbers): percentages
adaptation-share = Tỷ lệ điều chỉnh: { $adapted }% trên hạn mức { $budget }%.
adaptation-words-delivered = Số từ trong bản hoàn chỉnh
adaptation-words-regional = Số từ nội dung khu vực
adaptation-words-removed = Số từ cốt lõi bị lược bỏ
adaptation-kpis = Mức cơ sở và mục tiêu KPI của khu vực
adaptation-excluded = Các bài cốt lõi bị lược bỏ
adaptation-added-lesson = một bài học riêng của khu vực
# $kind (text): replace, remove, append, after or before; $target (text): the title of a section or activity
adaptation-operation = { $kind ->
    [replace] Thay thế “{ $target }”
    [remove] Loại bỏ “{ $target }”
    [append] Bổ sung vào “{ $target }”
    [after] Thêm một phần sau “{ $target }”
   *[before] Thêm một phần trước “{ $target }”
}
adaptation-stale = cần xem lại: phần cốt lõi đã thay đổi sau lần rà soát này
adaptation-core = Cốt lõi
adaptation-regional = Khu vực
# $target (text): the title of a section or activity
adaptation-compare = “{ $target }”: văn bản cốt lõi đặt cạnh văn bản của khu vực, các từ đã thay đổi được đánh dấu
adaptation-variant = Phiên bản của hoạt động
kpi = KPI
kpi-baseline = Mức cơ sở
kpi-target = Mục tiêu

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Phần này chưa được dịch nên đang hiển thị bằng ngôn ngữ khác ({ $language }).
translation-stale = Bản gốc của phần này đã thay đổi sau khi được dịch: bản dịch có thể chưa được cập nhật.
switch-language = Ngôn ngữ
switch-region = Khu vực
switch-region-language = bằng { $language }
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Trạng thái
status-title = Tình trạng điều chỉnh và dịch thuật
status-intro = Mức độ mỗi khu vực đã điều chỉnh phần cốt lõi toàn cầu, và tỷ lệ đã dịch của từng ngôn ngữ.
status-introduction = phần mở đầu
status-over-budget = vượt ngân sách
status-kits = Bộ tài liệu đào tạo giảng viên
status-kits-intro = Mỗi khóa học, khu vực và ngôn ngữ có một bộ, chỉ dành cho giảng viên đã được chứng nhận: mỗi bộ gồm hướng dẫn cho người điều phối và đáp án, nên không được đặt trên trang công khai.
status-adaptation = Điều chỉnh theo khu vực
status-translation = Dịch thuật theo ngôn ngữ
status-course = Khóa học
status-region = Khu vực
status-language = Ngôn ngữ
status-share = Tỷ lệ điều chỉnh
status-budget = Hạn mức
status-stale-overlays = Bản điều chỉnh cần cập nhật
status-translated = Đã dịch
status-stale = Cần cập nhật
status-missing = Còn thiếu
status-words-missing = Số từ cần dịch
status-messages-missing = Số chuỗi còn thiếu
status-core = cốt lõi
# $percent (number)
status-percent = { $percent }%

## Train-the-trainer kit

kit = Bộ tài liệu đào tạo giảng viên
# $region (text): a region's name
kit-regional = Điều chỉnh cho khu vực { $region }
kit-index-title = Bộ tài liệu đào tạo giảng viên
kit-index-intro = Mọi thứ mà giảng viên đã được chứng nhận cần để tổ chức khóa học này khi không có mạng: mở tệp bất kỳ bằng trình duyệt, hoặc in ra.
kit-index-for = Dành cho giảng viên giảng dạy khóa học này tại khu vực này, bằng ngôn ngữ này.
kit-index-how = Cách triển khai chương trình
kit-index-how-1 = Trước khóa học, hãy nghiên cứu kỹ hướng dẫn cho giảng viên và lịch trình, đồng thời chuẩn bị các tài liệu có trong bảng kiểm.
kit-index-how-2 = In cho mỗi học viên một cuốn sổ tay học viên.
kit-index-how-3 = Sau mỗi học phần, hãy phát phiếu khảo sát phản hồi của học phần đó; cuối mỗi ngày, tổ chức bài kiểm tra kiến thức và tự giữ đáp án, không phát cho học viên.
kit-index-how-4 = Sử dụng bảng kiểm hành vi sau 30, 60 và 90 ngày cùng thẻ điểm KPI để theo dõi với quản lý trực tiếp của từng học viên.
kit-index-files = Các tệp trong bộ tài liệu này
kit-facilitator-guide = Hướng dẫn cho giảng viên
kit-participant-workbook = Sổ tay học viên
kit-agenda = Lịch trình
kit-agenda-csv = Lịch trình (bảng tính)
kit-materials-checklist = Bảng kiểm tài liệu
kit-l1 = Cấp độ 1: phiếu khảo sát phản hồi
kit-l2 = Cấp độ 2: bài kiểm tra kiến thức
kit-l2-key = Cấp độ 2: đáp án
kit-l3 = Cấp độ 3: bảng kiểm hành vi
kit-l4 = Cấp độ 4: thẻ điểm KPI
kit-l4-csv = Cấp độ 4: thẻ điểm KPI (bảng tính)
kit-certification = Bảng kiểm chứng nhận giảng viên
kit-manifest = Tệp kê khai (danh sách tệp và mã băm)
kit-contents = Mục lục
kit-cover-region = Khu vực
kit-cover-language = Ngôn ngữ
kit-cover-timezone = Múi giờ
kit-cover-length = Thời lượng
# $count (number): how many sessions (days or half-days) the course is delivered in
kit-cover-sessions = { $count ->
   *[other] { $count } buổi
}
kit-cover-audience = Đối tượng học viên
kit-guide-how-title = Cách sử dụng tài liệu hướng dẫn này
kit-guide-how = Mỗi buổi học mở đầu bằng lịch trình chi tiết: thời gian, nội dung, phương pháp và tài liệu sử dụng. Mỗi bài học mở đầu bằng khung tóm tắt nhanh để đọc vào tối hôm trước; trong bài học, mỗi hoạt động đều ghi giờ bắt đầu, các bước thực hiện và phần tổng kết, theo phiên bản đã chọn cho khu vực này, còn ghi chú cho giảng viên được đặt ngay cạnh nội dung liên quan. Đáp án đúng của các câu hỏi kiểm tra đều được đánh dấu.
kit-run-of-show = Lịch trình chi tiết
kit-what = Nội dung
kit-method = Phương pháp
kit-method-input = Thuyết trình và thảo luận
kit-method-input-check = Thuyết trình, thảo luận và câu hỏi kiểm tra
kit-method-exercise = Bài tập
kit-at-a-glance = Tóm tắt nhanh
kit-purpose = Mục đích
kit-timing = Phân bổ thời gian
kit-key-messages = Thông điệp chính
kit-preparation = Chuẩn bị
kit-no-preparation = Không cần chuẩn bị gì thêm ngoài tài liệu hướng dẫn này và phòng học.
# $region (text): a region's name
kit-variant = Cách tổ chức tại khu vực { $region }:
kit-workbook-intro = Cuốn sổ tay này là của bạn. Sổ gồm các bài tập, bảng kiểm và câu hỏi mà bạn sẽ thực hiện trong các buổi học, kèm chỗ trống để ghi chép. Hãy giữ lại sổ: giữa các buổi học, bạn sẽ xem lại ghi chú và kế hoạch hành động của mình.
kit-workbook-team = Nhóm
kit-workbook-trainer = Giảng viên
kit-workbook-goals = Trong bài học này, bạn sẽ học cách
kit-workbook-notes = Ghi chú và kế hoạch hành động của tôi
kit-workbook-notes-prompt = Bạn sẽ thử áp dụng điều gì với nhóm của mình trước buổi học tiếp theo?
kit-name = Họ và tên
kit-date = Ngày
kit-signature = Chữ ký
kit-comments = Nhận xét
kit-module = Học phần
kit-lesson = Bài học
kit-item = Hạng mục
kit-ready = Đã sẵn sàng
kit-question = Câu hỏi
kit-answer = Đáp án
kit-explanation = Giải thích
kit-l1-intro = Vui lòng đánh giá từng nhận định theo thang điểm từ 1 (hoàn toàn không đồng ý) đến 5 (hoàn toàn đồng ý).
reaction-relevance = Nội dung khóa học phù hợp với công việc của tôi.
reaction-confidence = Tôi tự tin áp dụng những gì đã học.
reaction-trainer = Giảng viên giải thích rõ ràng, dễ hiểu.
reaction-recommend = Tôi sẽ giới thiệu học phần này cho đồng nghiệp.
kit-l2-intro = Chọn đáp án đúng. Một số câu hỏi có nhiều hơn một đáp án đúng.
kit-l3-intro = Quan sát học viên trong công việc thực tế và đánh giá từng hành vi từ 1 (không bao giờ) đến 5 (luôn luôn).
kit-l3-participant = Mã học viên
kit-l3-observer = Người quan sát (quản lý trực tiếp hoặc đồng nghiệp)
kit-l3-behaviour = Hành vi
kit-l3-objectives = Mục tiêu
kit-l3-day = { $days } ngày
kit-l4-intro = Ghi lại kết quả của nhóm ở mỗi lần rà soát và so sánh với mức cơ sở và mục tiêu của khu vực.
kit-l4-kpi = KPI
kit-l4-unit = Đơn vị
kit-l4-baseline = Mức cơ sở
kit-l4-target = Mục tiêu
kit-l4-month = Tháng { $month }
kit-cert-intro = Giảng viên chỉ được tự mình giảng dạy khóa học này khi đã đáp ứng mọi tiêu chí và được một giảng viên cấp cao dự giờ một buổi giảng thử.
kit-cert-criteria = Tiêu chí
kit-cert-met = Đạt
kit-cert-rubric = Dự giờ buổi giảng thử
kit-cert-rubric-1 = Giải thích rõ ràng mục đích và mục tiêu của học phần.
kit-cert-rubric-2 = Tổ chức hoạt động theo phiên bản của khu vực và đảm bảo đúng thời gian.
kit-cert-rubric-3 = Đặt câu hỏi mở, tiếp nhận câu trả lời và ý kiến phản bác một cách tôn trọng.
kit-cert-rubric-4 = Liên hệ nội dung với công việc thực tế của học viên và các quy định tại địa phương.
kit-cert-rubric-5 = Kiểm tra mức độ hiểu bài bằng bài kiểm tra kiến thức và kết thúc với các bước tiếp theo rõ ràng.
kit-cert-score = Điểm (từ 1 đến 4)
kit-cert-trainer = Giảng viên
kit-cert-observer = Giảng viên cấp cao
kit-total = Tổng cộng
# $kib (number): a file's size in kibibytes
download-size = { $kib } KB
download-source-hash = Mã băm của tệp nguồn

## Cohorts: one delivery of a course on real dates (learner pages)
cohorts = Thời gian và địa điểm
cohorts-intro = Mỗi lớp là một đợt tổ chức khóa học này, có lịch học riêng và do các giảng viên đã được chứng nhận phụ trách.
# $count (number): how many sessions (days) the cohort meets
cohort-sessions-count = { $count ->
   *[other] { $count } buổi
}
delivery-in-person = Trực tiếp
delivery-virtual = Trực tuyến
delivery-hybrid = Trực tiếp và trực tuyến
cohort-dates = Ngày học
cohort-where = Địa điểm
cohort-join = Cách tham gia
cohort-join-link = Tham gia buổi học trực tuyến
cohort-trainers = Giảng viên
role-lead = giảng viên chính
role-co-trainer = đồng giảng viên
cohort-calendar = Thêm tất cả các buổi học vào lịch của bạn (.ics)
cohort-calendar-help = dùng cho Outlook, Google Lịch hoặc Lịch của Apple, kèm thời gian, địa điểm và múi giờ của từng buổi.
# $timezone (text): an IANA time zone name, such as Europe/Berlin
cohort-timezone = Mọi mốc thời gian đều theo giờ địa phương tại múi giờ { $timezone }.
# $zone (text): the reader's own time zone, such as America/New_York, filled in by the page's script
cohort-your-zone = Trong ngoặc là các mốc thời gian tương ứng theo múi giờ của bạn ({ $zone }).
cohort-your-time = giờ của bạn
# $number (number): the session's position in the cohort
cohort-session = Buổi { $number }
# $course (text), $region (text): the course title and the region's name
cohort-default-title = { $course }, { $region }
cohort-full-agenda = Lịch trình chi tiết với tất cả các hoạt động
# $count (number): people taking part
cohort-participants = { $count ->
   *[other] { $count } học viên
}

## Staff page: cohorts and the trainer network
status-deliveries = Các lớp và mạng lưới giảng viên
status-deliveries-intro = Tất cả các lớp theo khu vực, kèm ngày học và giảng viên, cùng tất cả giảng viên và chứng nhận của họ. Chạy `glocal status` để xem các chứng nhận sắp hết hạn.
status-cohorts = Các lớp
status-cohort = Lớp
status-delivery = Hình thức
status-dates = Ngày học
status-lead = Giảng viên chính
status-co-trainers = Đồng giảng viên
status-participants = Học viên
status-trainers = Mạng lưới giảng viên
status-trainer = Giảng viên
status-trainer-regions = Khu vực
status-trainer-languages = Ngôn ngữ
status-certifications = Chứng nhận
# $from (text), $until (text): dates; the certification is valid from the first through the second
status-certified-range = từ { $from } đến { $until }
status-leads = Lớp phụ trách chính
status-none = không có

## Kit: results templates (SPEC 9)
kit-results = Mẫu nhập kết quả
kit-results-intro = Sau mỗi lớp, hãy nhập dữ liệu thu được từ các công cụ đánh giá vào các tệp này, giữ nguyên dòng tiêu đề, rồi lưu vào không gian làm việc theo đường dẫn results/<cohort id>/reaction.csv, knowledge.csv và behaviour.csv. glocal sẽ kiểm tra các tệp này và chuyển chúng thành các trang tác động và các báo cáo rà soát hằng quý.
kit-results-codes = Gán cho mỗi học viên một mã bí danh, ví dụ p07, và dùng cùng một mã đó trong mọi tệp. Tuyệt đối không ghi họ tên hay địa chỉ email.
kit-results-reaction = mỗi dòng ứng với một học viên và một học phần (để trống ô học phần nếu đánh giá cho toàn bộ khóa học), mỗi câu hỏi được chấm điểm từ 1 đến 5. Ô để trống nghĩa là không có câu trả lời. Nhận xét chỉ được lưu trong tệp và không bao giờ được công bố.
kit-results-knowledge = mỗi học viên có một dòng trước khóa học (giai đoạn pre) và một dòng sau khóa học (giai đoạn post), ghi các chữ cái đã chọn cho từng câu hỏi đúng như trong bài kiểm tra kiến thức; nếu chọn nhiều đáp án thì ghi dạng a;c.
kit-results-behaviour = mỗi dòng ứng với một học viên, một hành vi và một ngày quan sát (30, 60 hoặc 90 ngày sau buổi học cuối cùng), kèm điểm đánh giá từ 1 (không bao giờ) đến 5 (luôn luôn) và vai trò của người quan sát.
# $course (text), $region (text): ids that name the file's place in the workspace
kit-results-kpi = số liệu kinh doanh của khu vực, mỗi dòng ứng với một KPI và một kỳ (một quý như 2027-Q1, hoặc một tháng như 2027-03), lưu tại results/kpi/{ $course }/{ $region }.csv.
kit-results-check = Sau khi lưu, hãy chạy glocal check: mọi lỗi đều được báo kèm tên tệp, số dòng và số cột.

## Staff pages: impact and quarterly reviews (SPEC 9)
impact = Tác động
# $min (number): the smallest group a figure is shown for
impact-intro = Dữ liệu thu được từ các đợt đánh giá của các lớp, theo cấp độ 1 đến 4 của mô hình Kirkpatrick. Không hiển thị số liệu nào từ nhóm dưới { $min } người, cũng như số liệu nào có thể làm lộ ra số liệu đó.
impact-adaptation = Tỷ lệ điều chỉnh
impact-coverage = Tỷ lệ đã dịch
impact-cohorts = Các lớp
impact-cohort = Lớp
impact-last-session = Buổi học cuối cùng
impact-respondents = Số người trả lời
impact-withheld = đã ẩn
impact-none = Chưa có kết quả cho khu vực này.
impact-l1 = Cấp độ 1: phản hồi
impact-l1-chart = Điểm phản hồi trung bình theo học phần
# $threshold (text): the flag threshold, such as 3.5
impact-l1-desc = Điểm trung bình của tất cả các lượt đánh giá từ 1 đến 5 cho từng học phần. Đường nét đứt là ngưỡng { $threshold }: các học phần dưới ngưỡng này được đánh dấu là cần lưu ý.
impact-module = Học phần
impact-mean = Điểm trung bình (1 đến 5)
impact-flagged = cần lưu ý
impact-l2 = Cấp độ 2: kiến thức
impact-l2-chart = Bài kiểm tra kiến thức trước và sau khóa học
impact-l2-desc = Tỷ lệ trung bình câu hỏi được trả lời đúng trước và sau khóa học.
impact-pre = Trước
impact-post = Sau
impact-gain = Mức tăng
impact-question = Câu hỏi
impact-right = Trả lời đúng sau khóa học
impact-wrong-option = Phương án sai được chọn nhiều nhất
impact-l2-flagged = Câu hỏi có dưới một nửa số học viên trả lời đúng sau khóa học sẽ được đánh dấu là cần lưu ý: có thể cần xem lại bài học tương ứng.
impact-l3 = Cấp độ 3: hành vi
impact-l3-chart = Hành vi được đánh giá 4 hoặc 5
impact-l3-desc = Tỷ lệ hành vi được quan sát đạt mức 4 (thường xuyên) hoặc 5 (luôn luôn) vào thời điểm 30, 60 và 90 ngày sau buổi học cuối cùng.
impact-behaviour = Hành vi
# $day (number): days after the cohort's last session
impact-day = Ngày thứ { $day }
impact-l4 = Cấp độ 4: kết quả
impact-kpi = KPI
impact-baseline = Mức cơ sở
impact-target = Mục tiêu
impact-period = Kỳ
impact-value = Giá trị
impact-progress = Tiến độ so với mục tiêu
impact-course = Tác động theo khu vực
impact-course-intro = Kết quả của từng khu vực, đặt cạnh mức độ điều chỉnh phần cốt lõi và tỷ lệ đã dịch: phiên bản đã điều chỉnh có mang lại kết quả tốt hơn không?
impact-region = Khu vực
impact-details = Chi tiết
impact-reviews = Báo cáo rà soát hằng quý
# $quarter (text): a quarter such as 2027-Q2
review-title = Báo cáo rà soát quý { $quarter }
review-intro = Các lớp có buổi học cuối cùng diễn ra trong quý { $quarter }, cùng số liệu kinh doanh của quý đó, theo từng khu vực.
review-print = In báo cáo rà soát này

## Staff page: LMS packages (SPEC 10)
status-lms = Gói LMS
status-lms-intro = Mỗi khóa học, khu vực và ngôn ngữ có một gói SCORM 1.2, được ghi vào thư mục lms nằm cạnh trang web (không bao giờ ghi vào bên trong trang web). Hãy tải từng gói lên LMS dưới dạng khóa học SCORM 1.2; gói sẽ báo cáo tiến độ học tập của từng học viên và vị trí học viên dừng lại lần trước.

## LMS package: the assessed knowledge check (SPEC 10)
assessment-title = Bài kiểm tra kiến thức
# $count (number): how many questions; $score (number): the percentage needed to pass
assessment-intro = { $count ->
   *[other] { $count } câu hỏi. Bạn cần đạt từ { $score }% trở lên để qua bài kiểm tra. Câu trả lời của bạn chỉ được ghi nhận một lần, khi bạn nộp bài.
}
assessment-submit = Nộp bài
# $score (number): the learner's score in percent
assessment-score = Điểm của bạn: { $score }%.
assessment-passed = Đạt.
assessment-failed = Lần này bạn chưa đạt: hãy trao đổi với giảng viên về những bài học cần ôn lại.
assessment-unavailable = Không thể chấm điểm câu trả lời của bạn tại đây: hãy mở khóa học từ nền tảng học tập của bạn.
