company-name = Northwind Logistics
programme-name = Chương trình Lãnh đạo tuyến đầu
hotline = đường dây nóng Speak-Up của Northwind
team-size = { $count ->
   *[other] một nhóm { $count } người
}
