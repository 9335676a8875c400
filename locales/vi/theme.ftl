# Strings of the built-in theme. Every locale under locales/ defines these same ids.

language-name = Tiếng Việt
skip-to-content = Chuyển đến nội dung chính
footer-built-with = Được tạo bằng glocal. Dùng được cả khi không có mạng: mở thư mục này bằng trình duyệt bất kỳ.
portal-intro = Chọn khóa học, khu vực và ngôn ngữ.

## Course pages

course-contents = Nội dung khóa học
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
question-select-one = Chọn một đáp án.
question-select-all = Chọn tất cả các đáp án đúng.
answer-correct = Chính xác
answer-wrong = Chưa đúng: hãy xem phần giải thích và thử lại.

## Agenda

agenda-time = Thời gian
agenda-item = Nội dung
agenda-minutes = Số phút
# $minutes (number): the session's target length
agenda-target = mục tiêu { $minutes } phút
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
# $kind (text): replace, remove, append, after or before; $target (text): a section id
adaptation-operation = { $kind ->
    [replace] Thay thế { $target }
    [remove] Loại bỏ { $target }
    [append] Bổ sung vào { $target }
    [after] Thêm một phần sau { $target }
   *[before] Thêm một phần trước { $target }
}
adaptation-stale = cần xem lại: phần cốt lõi đã thay đổi sau lần rà soát này
adaptation-core = Cốt lõi
adaptation-regional = Khu vực
kpi = KPI
kpi-baseline = Mức cơ sở
kpi-target = Mục tiêu

## Languages and regions

# $language (text): the name of the language the part is shown in
not-translated = Phần này chưa được dịch nên đang hiển thị bằng ngôn ngữ khác ({ $language }).
translation-stale = Bản gốc của phần này đã thay đổi sau khi được dịch: bản dịch có thể chưa được cập nhật.
switch-language = Ngôn ngữ
switch-region = Khu vực
# $region (text): a region's name
region-name = { $region }

## Status dashboard

status = Trạng thái
status-title = Tình trạng điều chỉnh và dịch thuật
status-intro = Mức độ mỗi khu vực đã điều chỉnh phần cốt lõi toàn cầu, và tỷ lệ đã dịch của từng ngôn ngữ.
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
