// Demo content written for the portal: fictional Vietnamese articles, meetings and the people registry.
import type { SeedArticle, SeedPerson } from './types';

const UNIT_BYLINE = 'TTTTPT&DBKT';

export const demoArticles: SeedArticle[] = [
  // 2019-05 — a story written in English (for foreign partners): shown in English in both interfaces
  {
    slug: 'commission-receives-a-delegation-on-regional-development-cooperation',
    section: 'hoat-dong-cua-ban',
    kind: 'news',
    language: 'en',
    title: 'Commission receives a delegation on regional development cooperation',
    sapo: 'The Commission received a delegation of development partners to exchange views on regional linkage, public investment in infrastructure and the preparation of regional master plans.',
    publishedAt: '2019-05-20T10:00:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Hợp tác quốc tế', 'Liên kết vùng'],
    blocks: [
      {
        type: 'p',
        text: 'At the meeting, the two sides discussed experience in coordinating development across provinces, in particular mechanisms that let localities share the costs and benefits of inter-provincial infrastructure projects.',
      },
      {
        type: 'p',
        text: 'The delegation presented findings from recent studies on regional planning and proposed further technical cooperation on data sharing and policy research in 2019 and 2020.',
      },
      { type: 'h2', text: 'Next steps' },
      {
        type: 'ul',
        items: ['Exchange research on regional coordination models.', 'Organise a joint seminar on regional master planning.', 'Share economic data under a framework agreement.'],
      },
    ],
  },
  // 2019-06 — conference, meeting report
  {
    slug: 'hoi-thao-khoa-hoc-tong-ket-15-nam-thuc-hien-nghi-quyet-so-37-nq-tw-ve-vung-trung-du-va-mien-nui-bac-bo',
    section: 'hoi-nghi-hoi-thao',
    kind: 'meeting_report',
    title: 'Hội thảo khoa học tổng kết 15 năm thực hiện Nghị quyết số 37-NQ/TW về vùng Trung du và miền núi Bắc Bộ',
    sapo: 'Ngày 18-6-2019, tại thành phố Lào Cai, Ban Kinh tế Trung ương phối hợp với Tỉnh ủy Lào Cai tổ chức Hội thảo khoa học tổng kết 15 năm thực hiện Nghị quyết số 37-NQ/TW của Bộ Chính trị về phương hướng phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Trung du và miền núi Bắc Bộ.',
    publishedAt: '2019-06-18T16:30:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Kinh tế vùng', 'Nghị quyết', 'Trung du và miền núi Bắc Bộ', 'Liên kết vùng'],
    blocks: [
      {
        type: 'p',
        text: 'Phát biểu khai mạc hội thảo, đồng chí Nguyễn Hồng Sơn, Phó Trưởng Ban Kinh tế Trung ương cho biết, sau 15 năm triển khai, Nghị quyết số 37-NQ/TW đã tạo chuyển biến quan trọng trong nhận thức và hành động của các cấp ủy, chính quyền ở vùng Trung du và miền núi Bắc Bộ. Tuy nhiên, đây vẫn là vùng có điều kiện phát triển khó khăn nhất cả nước, khoảng cách về thu nhập và mức sống so với các vùng khác còn lớn. Hội thảo là dịp để các địa phương, nhà khoa học cùng nhìn nhận đầy đủ kết quả đạt được, chỉ rõ hạn chế, nguyên nhân và đề xuất định hướng phát triển vùng trong giai đoạn mới.',
      },
      {
        type: 'figure',
        caption: 'Quang cảnh hội thảo',
        alt: 'Toàn cảnh hội trường Tỉnh ủy Lào Cai, các đại biểu ngồi theo dãy bàn dài, phía trước là phông nền màu xanh ghi tên hội thảo',
        credit: UNIT_BYLINE,
      },
      { type: 'h2', text: 'Nhiều chuyển biến tích cực sau 15 năm' },
      {
        type: 'p',
        text: 'Trình bày báo cáo đề dẫn, đồng chí Vũ Trọng Bình, Vụ trưởng Vụ Kinh tế vùng và Địa phương cho biết, theo số liệu tổng hợp từ các địa phương, tốc độ tăng trưởng kinh tế bình quân của vùng trong giai đoạn thực hiện Nghị quyết đạt khá, cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng công nghiệp và dịch vụ. Kết cấu hạ tầng, nhất là giao thông, được đầu tư đáng kể; tuyến cao tốc Nội Bài - Lào Cai đi vào vận hành đã mở ra không gian phát triển mới cho các tỉnh dọc hành lang sông Hồng. Tỷ lệ hộ nghèo giảm nhanh, đời sống vật chất và tinh thần của đồng bào các dân tộc từng bước được cải thiện.',
      },
      {
        type: 'p',
        text: 'Bên cạnh những kết quả đạt được, báo cáo cũng chỉ ra nhiều hạn chế: quy mô kinh tế của vùng còn nhỏ, chất lượng tăng trưởng chưa cao; liên kết vùng còn lỏng lẻo, các địa phương chủ yếu phát triển trong phạm vi địa giới hành chính của mình; tỷ lệ hộ nghèo ở các huyện vùng cao vẫn ở mức cao, nguy cơ tái nghèo lớn. Công tác bảo vệ và phát triển rừng, phòng, chống thiên tai, sạt lở đất còn nhiều khó khăn. Nguồn nhân lực chất lượng cao còn thiếu, khả năng thu hút đầu tư tư nhân vào nông nghiệp, lâm nghiệp và du lịch còn hạn chế.',
      },
      {
        type: 'p',
        text: 'Tại hội thảo, các đại biểu tập trung thảo luận về cơ chế, chính sách đặc thù cho vùng, về phát triển kinh tế cửa khẩu, lâm nghiệp bền vững, du lịch cộng đồng và bảo tồn bản sắc văn hóa các dân tộc. Đồng chí Vương Văn Sính, Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai chia sẻ kinh nghiệm của tỉnh trong phát triển du lịch gắn với nông nghiệp hàng hóa, đồng thời kiến nghị Trung ương sớm có cơ chế điều phối vùng đủ mạnh để các địa phương cùng khai thác hiệu quả hành lang kinh tế Côn Minh - Lào Cai - Hà Nội - Hải Phòng.',
      },
      {
        type: 'figure',
        caption: 'Đồng chí Vũ Trọng Bình, Vụ trưởng Vụ Kinh tế vùng và Địa phương trình bày báo cáo đề dẫn',
        alt: 'Vụ trưởng Vũ Trọng Bình đứng tại bục phát biểu có gắn micro, trình bày báo cáo đề dẫn trước các đại biểu',
        credit: UNIT_BYLINE,
      },
      {
        type: 'p',
        text: 'Kết luận hội thảo, đồng chí Phó Trưởng Ban Nguyễn Hồng Sơn đánh giá cao các ý kiến tâm huyết, có tính thực tiễn của các đại biểu. Đồng chí đề nghị Vụ Kinh tế vùng và Địa phương khẩn trương tiếp thu, hoàn thiện báo cáo tổng kết, làm rõ những vấn đề mới đặt ra, trong đó có yêu cầu đổi mới tư duy liên kết vùng, phát huy lợi thế về rừng, khoáng sản, cửa khẩu và văn hóa. Trên cơ sở đó, đề xuất với Bộ Chính trị chủ trương, giải pháp phát triển vùng phù hợp với giai đoạn đến năm 2030, tầm nhìn đến năm 2045.',
      },
    ],
    meeting: {
      startsAt: '2019-06-18T08:00:00+07:00',
      location: 'Hội trường Tỉnh ủy Lào Cai, thành phố Lào Cai, tỉnh Lào Cai',
      organiser: 'Vụ Kinh tế vùng và Địa phương',
      people: [
        { name: 'Nguyễn Hồng Sơn', title: 'Phó Trưởng Ban Kinh tế Trung ương', role: 'chair' },
        { name: 'Vũ Trọng Bình', title: 'Vụ trưởng Vụ Kinh tế vùng và Địa phương', role: 'presenter' },
        { name: 'Vương Văn Sính', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai', role: 'presenter' },
        { name: 'Đỗ Văn Thịnh', title: 'Phó Vụ trưởng Vụ Kinh tế vùng và Địa phương', role: 'attending' },
      ],
      participants:
        'Đại diện lãnh đạo các vụ, đơn vị của Ban Kinh tế Trung ương; lãnh đạo tỉnh ủy, ủy ban nhân dân và các sở, ngành của 14 tỉnh vùng Trung du và miền núi Bắc Bộ; các nhà khoa học, chuyên gia đến từ các viện nghiên cứu, trường đại học.',
      conclusions:
        'Hội thảo thống nhất đánh giá Nghị quyết số 37-NQ/TW đã đi vào cuộc sống, góp phần thúc đẩy phát triển kinh tế - xã hội và giữ vững quốc phòng, an ninh của vùng. Giao Vụ Kinh tế vùng và Địa phương tiếp thu ý kiến đại biểu, hoàn thiện báo cáo tổng kết, đề xuất chủ trương mới về phát triển vùng đến năm 2030, tầm nhìn đến năm 2045, trình Lãnh đạo Ban trong quý III năm 2019.',
    },
  },

  // 2019-09 — research
  {
    slug: 'lien-ket-vung-o-dong-bang-song-cuu-long-tu-chu-truong-den-thuc-tien',
    section: 'nghien-cuu-trao-doi',
    kind: 'news',
    title: 'Liên kết vùng ở Đồng bằng sông Cửu Long: từ chủ trương đến thực tiễn',
    sapo: 'Liên kết vùng được xác định là chìa khóa để Đồng bằng sông Cửu Long phát huy lợi thế và thích ứng với biến đổi khí hậu. Tuy nhiên, sau nhiều năm triển khai, cơ chế liên kết vẫn chủ yếu dừng ở các văn bản ký kết, chưa tạo ra sức mạnh tổng hợp của toàn vùng.',
    publishedAt: '2019-09-10T09:15:00+07:00',
    byline: 'Minh Anh',
    tags: ['Liên kết vùng', 'Đồng bằng sông Cửu Long', 'Biến đổi khí hậu', 'Kinh tế vùng'],
    blocks: [
      {
        type: 'p',
        text: 'Đồng bằng sông Cửu Long là vùng sản xuất lúa gạo, thủy sản và trái cây lớn nhất cả nước, giữ vai trò quan trọng trong bảo đảm an ninh lương thực và xuất khẩu nông sản. Nghị quyết số 120/NQ-CP ngày 17-11-2017 của Chính phủ về phát triển bền vững Đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu đã đặt ra yêu cầu thay đổi tư duy, chuyển từ phát triển theo từng tỉnh sang quy hoạch và điều phối ở tầm vùng. Đây là bước chuyển căn bản, song việc hiện thực hóa chủ trương này trong thực tiễn vẫn còn nhiều thách thức.',
      },
      { type: 'h2', text: 'Liên kết còn nặng về hình thức' },
      {
        type: 'p',
        text: 'Thời gian qua, các tỉnh, thành phố trong vùng đã ký kết nhiều chương trình hợp tác về xúc tiến đầu tư, phát triển du lịch và tiêu thụ nông sản. Tuy nhiên, phần lớn các thỏa thuận mới dừng ở mức cam kết chung, thiếu nguồn lực, thiếu cơ quan đầu mối theo dõi và chưa có cơ chế chia sẻ lợi ích giữa các địa phương. Không ít dự án hạ tầng giao thông, thủy lợi có tính liên tỉnh vẫn được đầu tư manh mún, chủ yếu dựa vào ngân sách của từng tỉnh, dẫn tới tình trạng chậm tiến độ, kết nối không đồng bộ và hiệu quả đầu tư chưa cao.',
      },
      {
        type: 'p',
        text: 'Ở góc độ thị trường, liên kết giữa doanh nghiệp, hợp tác xã và nông hộ còn yếu. Tỷ lệ nông sản được tiêu thụ thông qua hợp đồng liên kết chuỗi còn thấp, tình trạng phá vỡ hợp đồng khi giá thị trường biến động vẫn diễn ra. Hệ thống kho lạnh, trung tâm logistics phục vụ xuất khẩu chưa được quy hoạch ở tầm vùng, khiến chi phí vận chuyển hàng hóa lên các cảng biển phía Đông Nam Bộ chiếm tỷ trọng đáng kể trong giá thành sản phẩm, làm giảm sức cạnh tranh của nông sản vùng.',
      },
      {
        type: 'quote',
        text: 'Không một tỉnh nào ở Đồng bằng sông Cửu Long có thể tự mình giải quyết bài toán nguồn nước, bài toán logistics hay bài toán thị trường. Liên kết vùng vì thế không còn là một lựa chọn, mà là điều kiện để tồn tại và phát triển bền vững.',
      },
      { type: 'h2', text: 'Một số đề xuất' },
      {
        type: 'ol',
        items: [
          'Thành lập cơ quan điều phối vùng có thẩm quyền thực chất, được giao nguồn lực để triển khai các dự án liên tỉnh.',
          'Xây dựng quy hoạch vùng tích hợp, lấy quản lý tài nguyên nước làm trục xuyên suốt, làm căn cứ cho quy hoạch của từng địa phương.',
          'Ưu tiên vốn đầu tư công cho các công trình giao thông, thủy lợi và trung tâm logistics có tác động lan tỏa toàn vùng.',
          'Có cơ chế chia sẻ lợi ích và chi phí giữa các địa phương khi cùng tham gia dự án chung.',
        ],
      },
      {
        type: 'p',
        text: 'Thực tiễn cho thấy, liên kết vùng chỉ thực sự phát huy hiệu quả khi có thể chế đủ mạnh và nguồn lực đi kèm. Việc hoàn thiện khung pháp lý về điều phối vùng, gắn với lập quy hoạch vùng theo Luật Quy hoạch, sẽ là tiền đề để Đồng bằng sông Cửu Long chuyển từ liên kết tự nguyện, hình thức sang liên kết thực chất, bền vững. Đây cũng là một trong những nội dung cần được nghiên cứu kỹ trong quá trình tổng kết các nghị quyết của Bộ Chính trị về phát triển các vùng kinh tế - xã hội.',
      },
    ],
  },

  // 2019-11 — local economy
  {
    slug: 'hai-phong-cu-the-hoa-nghi-quyet-so-45-nq-tw-tao-dong-luc-phat-trien-moi',
    section: 'kinh-te-dia-phuong',
    kind: 'news',
    title: 'Hải Phòng cụ thể hóa Nghị quyết số 45-NQ/TW, tạo động lực phát triển mới',
    sapo: 'Sau gần một năm Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW về xây dựng và phát triển thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045, thành phố đã khẩn trương xây dựng chương trình hành động, tập trung tháo gỡ các điểm nghẽn về hạ tầng, cảng biển và thu hút đầu tư.',
    publishedAt: '2019-11-14T10:20:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Nghị quyết', 'Kinh tế biển', 'Hạ tầng', 'Thu hút đầu tư'],
    blocks: [
      {
        type: 'p',
        text: 'Ngay sau khi Nghị quyết số 45-NQ/TW được ban hành, Thành ủy Hải Phòng đã tổ chức quán triệt sâu rộng tới các cấp ủy, chính quyền và ban hành chương trình hành động với hệ thống nhiệm vụ, giải pháp cụ thể, phân công rõ cơ quan chủ trì và thời hạn hoàn thành. Các sở, ngành, quận, huyện cũng xây dựng kế hoạch riêng để triển khai trong phạm vi chức năng, nhiệm vụ được giao. Thành phố xác định mục tiêu trở thành trung tâm dịch vụ logistics hiện đại, cửa ngõ quốc tế của vùng và là động lực phát triển của cả nước.',
      },
      {
        type: 'p',
        text: 'Theo báo cáo của thành phố tại buổi làm việc với đoàn công tác Ban Kinh tế Trung ương, trong 10 tháng năm 2019, tăng trưởng kinh tế của Hải Phòng tiếp tục ở mức cao, thu hút đầu tư trực tiếp nước ngoài đạt kết quả tích cực, nhiều dự án lớn trong lĩnh vực công nghiệp chế tạo, điện tử đã đi vào hoạt động. Thu ngân sách trên địa bàn tăng khá so với cùng kỳ, trong đó nguồn thu từ hoạt động xuất nhập khẩu qua cảng biển chiếm tỷ trọng lớn.',
      },
      {
        type: 'figure',
        caption: 'Khu bến cảng nước sâu Lạch Huyện, thành phố Hải Phòng',
        alt: 'Tàu container cập bến, các cần cẩu giàn đang bốc dỡ hàng tại khu bến cảng nước sâu Lạch Huyện, nhìn từ trên cao',
        credit: 'Hoàng Quân',
      },
      { type: 'h2', text: 'Hạ tầng và cảng biển là khâu đột phá' },
      {
        type: 'p',
        text: 'Thành phố xác định phát triển kết cấu hạ tầng đồng bộ, hiện đại là khâu đột phá, trong đó trọng tâm là hệ thống cảng biển, giao thông kết nối và hạ tầng các khu công nghiệp. Việc đưa khu bến cảng nước sâu Lạch Huyện vào khai thác đã giúp Hải Phòng đón được tàu container trọng tải lớn đi thẳng tới các thị trường châu Mỹ, châu Âu, góp phần giảm chi phí logistics cho doanh nghiệp của cả vùng Đồng bằng sông Hồng và các tỉnh phía Bắc.',
      },
      {
        type: 'ul',
        items: [
          'Tiếp tục đầu tư các bến container tại khu bến Lạch Huyện theo hình thức đối tác công tư.',
          'Hoàn thiện mạng lưới giao thông kết nối cảng với các tuyến cao tốc và đường sắt quốc gia.',
          'Phát triển các khu công nghiệp, khu kinh tế theo hướng xanh, thu hút dự án công nghệ cao.',
          'Cải thiện mạnh mẽ môi trường đầu tư, kinh doanh, đẩy mạnh cải cách thủ tục hành chính.',
        ],
      },
      {
        type: 'p',
        text: 'Làm việc với thành phố, đoàn công tác ghi nhận những kết quả bước đầu trong triển khai Nghị quyết, đồng thời đề nghị Hải Phòng chú trọng hơn nữa chất lượng tăng trưởng, bảo vệ môi trường biển, phát triển nguồn nhân lực chất lượng cao. Những kiến nghị của thành phố về cơ chế, chính sách đặc thù sẽ được đoàn tổng hợp, báo cáo Lãnh đạo Ban để tham mưu với cấp có thẩm quyền xem xét.',
      },
    ],
  },

  // 2020-03 — commission activities, news
  {
    slug: 'ban-kinh-te-trung-uong-chu-dong-phong-chong-dich-covid-19-bao-dam-hoan-thanh-nhiem-vu-chuyen-mon',
    section: 'hoat-dong-cua-ban',
    kind: 'news',
    title: 'Ban Kinh tế Trung ương chủ động phòng, chống dịch Covid-19, bảo đảm hoàn thành nhiệm vụ chuyên môn',
    sapo: 'Trước diễn biến phức tạp của dịch Covid-19, các vụ, đơn vị của Ban Kinh tế Trung ương đã triển khai đồng bộ các biện pháp phòng, chống dịch, đồng thời linh hoạt đổi mới phương thức làm việc để bảo đảm tiến độ các đề án trọng tâm năm 2020.',
    publishedAt: '2020-03-26T15:00:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Hoạt động của Ban', 'Covid-19', 'Chuyển đổi số'],
    blocks: [
      {
        type: 'p',
        text: 'Thực hiện chỉ đạo của Ban Bí thư và hướng dẫn của ngành y tế, Lãnh đạo Ban Kinh tế Trung ương đã ban hành kế hoạch phòng, chống dịch Covid-19 tại cơ quan, giao Văn phòng Ban làm đầu mối theo dõi, đôn đốc thực hiện. Các vụ, đơn vị được yêu cầu quán triệt tới từng cán bộ, công chức, người lao động tinh thần chủ động, không chủ quan, vừa bảo đảm an toàn sức khỏe, vừa duy trì hoạt động thông suốt của cơ quan trong mọi tình huống.',
      },
      {
        type: 'ul',
        items: [
          'Bố trí điểm kiểm tra thân nhiệt, khu vực sát khuẩn tay tại các lối ra vào trụ sở.',
          'Hạn chế tổ chức hội nghị đông người; ưu tiên họp trực tuyến và xử lý văn bản trên môi trường mạng.',
          'Bố trí làm việc luân phiên tại nhà đối với một số bộ phận, bảo đảm không gián đoạn công việc.',
          'Tạm dừng các đoàn công tác đi địa phương chưa thật sự cấp thiết, chuyển sang làm việc trực tuyến.',
        ],
      },
      {
        type: 'p',
        text: 'Cùng với các biện pháp phòng dịch, Ban đã tăng cường ứng dụng công nghệ thông tin trong điều hành. Hệ thống quản lý văn bản và hồ sơ công việc được mở rộng cho phép truy cập an toàn từ xa; nhiều cuộc họp chuyên môn, thẩm định đề án được tổ chức theo hình thức trực tuyến, kết nối với các bộ, ngành và địa phương. Đây cũng là dịp để các đơn vị làm quen với phương thức làm việc mới, tạo tiền đề cho việc đẩy mạnh chuyển đổi số trong cơ quan thời gian tới.',
      },
      { type: 'h2', text: 'Không để gián đoạn công tác tham mưu' },
      {
        type: 'p',
        text: 'Trong bối cảnh dịch bệnh tác động mạnh đến sản xuất, kinh doanh và đời sống người dân, Ban đã chỉ đạo các vụ, đơn vị theo dõi sát diễn biến kinh tế trong nước và quốc tế, kịp thời đánh giá tác động của dịch đối với các ngành, lĩnh vực và địa phương. Trung tâm Thông tin, Phân tích và Dự báo kinh tế được giao xây dựng các kịch bản tăng trưởng, đề xuất giải pháp hỗ trợ doanh nghiệp, người lao động, phục vụ công tác tham mưu của Ban với Bộ Chính trị, Ban Bí thư.',
      },
      {
        type: 'p',
        text: 'Lãnh đạo Ban yêu cầu các đơn vị rà soát lại kế hoạch công tác năm 2020, xác định rõ những nhiệm vụ trọng tâm cần ưu tiên, nhất là các đề án phục vụ chuẩn bị văn kiện Đại hội XIII của Đảng và các đề án tổng kết nghị quyết của Bộ Chính trị. Mỗi cán bộ, công chức cần nêu cao tinh thần trách nhiệm, chủ động khắc phục khó khăn, bảo đảm các nhiệm vụ được giao hoàn thành đúng tiến độ, chất lượng.',
      },
    ],
  },

  // 2020-07 — commission activities, meeting report
  {
    slug: 'vu-kinh-te-vung-va-dia-phuong-so-ket-cong-tac-6-thang-dau-nam-2020',
    section: 'hoat-dong-cua-ban',
    kind: 'meeting_report',
    title: 'Vụ Kinh tế vùng và Địa phương sơ kết công tác 6 tháng đầu năm 2020',
    sapo: 'Chiều ngày 15-7-2020, Vụ Kinh tế vùng và Địa phương, Ban Kinh tế Trung ương tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Nguyễn Hồng Sơn, Phó Trưởng Ban Kinh tế Trung ương dự và chủ trì hội nghị.',
    publishedAt: '2020-07-15T16:45:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Hoạt động của Ban', 'Kinh tế vùng', 'Tổng kết công tác'],
    blocks: [
      {
        type: 'p',
        text: 'Báo cáo tại hội nghị, đồng chí Vũ Trọng Bình, Vụ trưởng Vụ Kinh tế vùng và Địa phương cho biết, mặc dù chịu ảnh hưởng của dịch Covid-19, trong 6 tháng đầu năm, Vụ đã bám sát kế hoạch công tác của Ban, hoàn thành nhiều nhiệm vụ quan trọng. Vụ đã hoàn thiện dự thảo báo cáo tổng kết một số nghị quyết của Bộ Chính trị về phát triển các vùng kinh tế - xã hội, tham gia ý kiến vào dự thảo văn kiện Đại hội XIII của Đảng và các văn kiện đại hội đảng bộ của một số tỉnh, thành phố.',
      },
      {
        type: 'figure',
        caption: 'Đồng chí Nguyễn Hồng Sơn, Phó Trưởng Ban Kinh tế Trung ương phát biểu chỉ đạo hội nghị',
        alt: 'Phó Trưởng Ban Nguyễn Hồng Sơn ngồi tại bàn chủ tọa, phát biểu chỉ đạo, phía trước có micro và tài liệu hội nghị',
        credit: UNIT_BYLINE,
      },
      {
        type: 'p',
        text: 'Bên cạnh kết quả đạt được, báo cáo cũng thẳng thắn chỉ ra một số khó khăn. Việc tạm dừng các đoàn công tác đi địa phương trong thời gian giãn cách xã hội đã ảnh hưởng đến công tác khảo sát, nắm bắt tình hình thực tiễn. Chế độ thông tin, báo cáo từ một số địa phương chưa kịp thời, đầy đủ; khối lượng công việc lớn trong khi biên chế của Vụ còn hạn chế, nhiều chuyên viên phải đồng thời tham gia nhiều đề án, tổ biên tập khác nhau.',
      },
      {
        type: 'p',
        text: 'Thảo luận tại hội nghị, đại diện Văn phòng Ban và các vụ, đơn vị đánh giá cao sự chủ động, nỗ lực của Vụ Kinh tế vùng và Địa phương trong điều kiện khó khăn. Các ý kiến đề nghị Vụ tăng cường phối hợp với Trung tâm Thông tin, Phân tích và Dự báo kinh tế trong khai thác dữ liệu địa phương, đồng thời đổi mới phương thức khảo sát thông qua làm việc trực tuyến, phiếu điều tra điện tử để bảo đảm tiến độ các đề án.',
      },
      {
        type: 'figure',
        caption: 'Quang cảnh hội nghị sơ kết',
        alt: 'Phòng họp với bàn hình chữ U, cán bộ, chuyên viên của Vụ ngồi hai bên theo dõi báo cáo trình chiếu trên màn hình',
        credit: UNIT_BYLINE,
      },
      {
        type: 'p',
        text: 'Kết luận hội nghị, đồng chí Phó Trưởng Ban Nguyễn Hồng Sơn ghi nhận, biểu dương kết quả công tác của Vụ trong 6 tháng đầu năm. Đồng chí nhấn mạnh, 6 tháng cuối năm 2020 có nhiều sự kiện chính trị quan trọng, khối lượng công việc rất lớn, đòi hỏi Vụ phải đoàn kết, chủ động sắp xếp công việc khoa học. Vụ cần tập trung hoàn thành các đề án tổng kết nghị quyết về phát triển vùng, nâng cao chất lượng thẩm định và bám sát hơn nữa tình hình thực tiễn tại các địa phương.',
      },
    ],
    meeting: {
      startsAt: '2020-07-15T14:00:00+07:00',
      location: 'Phòng họp tầng 3, trụ sở Ban Kinh tế Trung ương, Hà Nội',
      organiser: 'Vụ Kinh tế vùng và Địa phương',
      people: [
        { name: 'Nguyễn Hồng Sơn', title: 'Phó Trưởng Ban Kinh tế Trung ương', role: 'chair' },
        { name: 'Vũ Trọng Bình', title: 'Vụ trưởng Vụ Kinh tế vùng và Địa phương', role: 'presenter' },
        { name: 'Đỗ Văn Thịnh', title: 'Phó Vụ trưởng Vụ Kinh tế vùng và Địa phương', role: 'attending' },
        { name: 'Ngô Đức Toàn', title: 'Phó Chánh Văn phòng Ban', role: 'attending' },
      ],
      participants:
        'Đại diện lãnh đạo Văn phòng Ban và các vụ, đơn vị của Ban; toàn thể cán bộ, chuyên viên Vụ Kinh tế vùng và Địa phương.',
      conclusions:
        'Ghi nhận kết quả công tác 6 tháng đầu năm trong bối cảnh dịch Covid-19. Yêu cầu Vụ bám sát kế hoạch, hoàn thành các đề án tổng kết nghị quyết về phát triển các vùng kinh tế - xã hội; đổi mới phương thức khảo sát, phối hợp chặt chẽ với các địa phương; chuẩn bị tốt nội dung tham gia ý kiến vào văn kiện Đại hội XIII của Đảng.',
    },
  },

  // 2021-01 — news & events
  {
    slug: 'trung-tam-thong-tin-phan-tich-va-du-bao-kinh-te-cong-bo-bao-cao-trien-vong-kinh-te-nam-2021',
    section: 'tin-tuc-su-kien',
    kind: 'news',
    title: 'Trung tâm Thông tin, Phân tích và Dự báo kinh tế công bố báo cáo triển vọng kinh tế năm 2021',
    sapo: 'Báo cáo đưa ra ba kịch bản tăng trưởng cho năm 2021, trong đó kịch bản cơ sở dựa trên giả định dịch Covid-19 cơ bản được kiểm soát trong nước và vắc-xin được triển khai rộng rãi trên thế giới từ giữa năm.',
    publishedAt: '2021-01-08T10:00:00+07:00',
    byline: 'Hoàng Quân',
    tags: ['Dự báo kinh tế', 'Kinh tế vĩ mô', 'Covid-19'],
    blocks: [
      {
        type: 'p',
        text: 'Báo cáo triển vọng kinh tế năm 2021 do Trung tâm Thông tin, Phân tích và Dự báo kinh tế, Ban Kinh tế Trung ương thực hiện, được xây dựng trên cơ sở phân tích diễn biến kinh tế thế giới, tình hình thực hiện kế hoạch năm 2020 và kết quả khảo sát ý kiến chuyên gia. Nhóm nghiên cứu nhận định, kinh tế trong nước đã thể hiện sức chống chịu tốt trước cú sốc của đại dịch, song năm 2021 vẫn tiềm ẩn nhiều yếu tố bất định, nhất là nguy cơ dịch bệnh bùng phát trở lại và sự phục hồi chưa đồng đều của các nền kinh tế lớn.',
      },
      {
        type: 'table',
        rows: [
          ['Kịch bản', 'Tăng trưởng GDP (%)', 'Lạm phát bình quân (%)', 'Tăng trưởng xuất khẩu (%)'],
          ['Kịch bản thấp', '5,2', '2,8', '4,0'],
          ['Kịch bản cơ sở', '6,3', '3,2', '6,5'],
          ['Kịch bản cao', '6,9', '3,6', '8,5'],
        ],
      },
      {
        type: 'p',
        text: 'Theo tính toán của nhóm nghiên cứu, ở kịch bản cơ sở, tăng trưởng kinh tế năm 2021 được dẫn dắt bởi công nghiệp chế biến, chế tạo và sự phục hồi của tiêu dùng trong nước. Đầu tư công tiếp tục đóng vai trò quan trọng, với điều kiện tiến độ giải ngân được cải thiện rõ rệt. Ở kịch bản thấp, dịch bệnh kéo dài khiến các ngành dịch vụ như du lịch, vận tải hàng không, lưu trú và ăn uống tiếp tục gặp khó khăn, làm chậm đà phục hồi chung.',
      },
      { type: 'h2', text: 'Những rủi ro cần theo dõi' },
      {
        type: 'ul',
        items: [
          'Dịch Covid-19 diễn biến khó lường, ảnh hưởng đến chuỗi cung ứng và thị trường lao động.',
          'Biến động của thị trường tài chính quốc tế và chính sách tiền tệ của các nền kinh tế lớn.',
          'Áp lực nợ xấu gia tăng khi các chính sách hỗ trợ tín dụng dần kết thúc.',
          'Nguy cơ gia tăng các biện pháp bảo hộ thương mại và phòng vệ thương mại đối với hàng xuất khẩu.',
        ],
      },
      {
        type: 'p',
        text: 'Trên cơ sở các kịch bản, báo cáo khuyến nghị tiếp tục ưu tiên kiểm soát dịch bệnh, đồng thời duy trì chính sách tài khóa và tiền tệ linh hoạt, hỗ trợ có trọng tâm cho doanh nghiệp và người lao động. Nhóm nghiên cứu cũng đề xuất đẩy mạnh cải cách thể chế, tận dụng hiệu quả các hiệp định thương mại tự do thế hệ mới và thúc đẩy chuyển đổi số trong doanh nghiệp, coi đây là những động lực quan trọng cho giai đoạn phục hồi sau đại dịch.',
      },
    ],
  },

  // 2021-05 — research
  {
    slug: 'chuyen-doi-so-trong-quan-ly-kinh-te-o-dia-phuong-thuc-trang-va-kien-nghi',
    section: 'nghien-cuu-trao-doi',
    kind: 'news',
    title: 'Chuyển đổi số trong quản lý kinh tế ở địa phương: thực trạng và kiến nghị',
    sapo: 'Chuyển đổi số đang mở ra cơ hội để chính quyền địa phương nâng cao chất lượng điều hành kinh tế. Tuy vậy, hạ tầng dữ liệu phân tán, nguồn nhân lực hạn chế và cách làm còn nặng về hình thức là những rào cản cần sớm được tháo gỡ.',
    publishedAt: '2021-05-20T14:30:00+07:00',
    byline: 'Thu Trang',
    tags: ['Chuyển đổi số', 'Kinh tế địa phương', 'Cải cách hành chính'],
    blocks: [
      {
        type: 'p',
        text: 'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 749/QĐ-TTg ngày 3-6-2020 đã xác định chính quyền số là một trong ba trụ cột, bên cạnh kinh tế số và xã hội số. Ở cấp địa phương, chuyển đổi số không chỉ là việc đưa dịch vụ công lên môi trường mạng, mà quan trọng hơn là thay đổi cách thức thu thập, phân tích dữ liệu để ra quyết định điều hành kinh tế nhanh hơn, chính xác hơn.',
      },
      { type: 'h2', text: 'Bức tranh không đồng đều' },
      {
        type: 'p',
        text: 'Khảo sát tại một số tỉnh, thành phố cho thấy, các địa phương có tiềm lực kinh tế lớn đã sớm đầu tư trung tâm điều hành thông minh, kết nối dữ liệu về thu ngân sách, đăng ký doanh nghiệp, đầu tư công, giá cả thị trường để phục vụ lãnh đạo điều hành. Trong khi đó, tại nhiều tỉnh miền núi, hạ tầng mạng và thiết bị còn thiếu, cơ sở dữ liệu chuyên ngành chủ yếu do từng sở, ngành tự xây dựng, không tương thích với nhau, khiến việc chia sẻ, tổng hợp thông tin vẫn phải làm thủ công.',
      },
      {
        type: 'p',
        text: 'Một điểm nghẽn khác là nguồn nhân lực. Đội ngũ cán bộ chuyên trách công nghệ thông tin tại các sở, ngành và cấp huyện còn mỏng, chế độ đãi ngộ chưa đủ hấp dẫn để thu hút chuyên gia giỏi. Không ít cán bộ quản lý chưa hình thành thói quen sử dụng dữ liệu trong ra quyết định, vẫn dựa chủ yếu vào báo cáo giấy với độ trễ lớn. Ở một số nơi, chuyển đổi số còn được hiểu là mua sắm thiết bị, phần mềm mà chưa gắn với tái cấu trúc quy trình nghiệp vụ.',
      },
      { type: 'h2', text: 'Kiến nghị' },
      {
        type: 'ol',
        items: [
          'Ban hành danh mục dữ liệu kinh tế - xã hội dùng chung tối thiểu mà các địa phương phải cập nhật định kỳ, theo chuẩn thống nhất.',
          'Ưu tiên nguồn lực cho các tỉnh khó khăn để hoàn thiện hạ tầng số và nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh.',
          'Đưa nội dung kỹ năng khai thác, phân tích dữ liệu vào chương trình bồi dưỡng cán bộ lãnh đạo, quản lý.',
          'Gắn kết quả chuyển đổi số với đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu cơ quan, đơn vị.',
        ],
      },
      {
        type: 'p',
        text: 'Chuyển đổi số trong quản lý kinh tế ở địa phương là quá trình lâu dài, đòi hỏi sự vào cuộc quyết liệt của người đứng đầu và sự phối hợp chặt chẽ giữa Trung ương với địa phương. Khi dữ liệu được kết nối, chia sẻ và khai thác hiệu quả, chính quyền địa phương sẽ có thêm công cụ để dự báo sớm các biến động, phân bổ nguồn lực hợp lý và phục vụ người dân, doanh nghiệp tốt hơn.',
      },
    ],
  },

  // 2021-10 — conference, meeting report
  {
    slug: 'hoi-thao-truc-tuyen-ve-phuc-hoi-chuoi-cung-ung-va-thi-truong-lao-dong-sau-dot-dich-thu-tu',
    section: 'hoi-nghi-hoi-thao',
    kind: 'meeting_report',
    title: 'Hội thảo trực tuyến về phục hồi chuỗi cung ứng và thị trường lao động sau đợt dịch thứ tư',
    sapo: 'Sáng 12-10-2021, Vụ Kinh tế ngành, Ban Kinh tế Trung ương phối hợp với Trung tâm Thông tin, Phân tích và Dự báo kinh tế tổ chức hội thảo trực tuyến bàn giải pháp khôi phục chuỗi cung ứng, đưa người lao động trở lại các khu công nghiệp sau thời gian giãn cách xã hội kéo dài.',
    publishedAt: '2021-10-12T17:00:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Chuỗi cung ứng', 'Covid-19', 'Khu công nghiệp'],
    blocks: [
      {
        type: 'p',
        text: 'Phát biểu khai mạc, đồng chí Lê Thị Thu Hà, Phó Vụ trưởng Vụ Kinh tế ngành cho biết, đợt dịch Covid-19 lần thứ tư đã gây gián đoạn nghiêm trọng hoạt động sản xuất tại các tỉnh, thành phố phía Nam, nơi tập trung nhiều khu công nghiệp và doanh nghiệp xuất khẩu. Trong bối cảnh Chính phủ vừa ban hành Nghị quyết số 128/NQ-CP về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19, hội thảo nhằm lắng nghe ý kiến của doanh nghiệp, chuyên gia để có kiến nghị kịp thời, sát thực tiễn.',
      },
      {
        type: 'figure',
        caption: 'Các đại biểu dự hội thảo tại điểm cầu Hà Nội',
        alt: 'Đại biểu đeo khẩu trang ngồi giãn cách trong phòng họp, màn hình lớn phía trước hiển thị các điểm cầu trực tuyến',
        credit: UNIT_BYLINE,
      },
      {
        type: 'p',
        text: 'Trình bày tham luận, đồng chí Phạm Minh Khôi, Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế cho biết, kết quả khảo sát nhanh của Trung tâm đối với doanh nghiệp tại các khu công nghiệp cho thấy phần lớn doanh nghiệp đã hoạt động trở lại nhưng công suất chưa cao, nguyên nhân chủ yếu là thiếu lao động và đứt gãy nguồn cung nguyên liệu. Nhiều doanh nghiệp dệt may, da giày, chế biến gỗ lo ngại không kịp đáp ứng các đơn hàng cuối năm, có nguy cơ mất khách hàng vào tay đối thủ ở các nước trong khu vực.',
      },
      {
        type: 'p',
        text: 'Theo PGS.TS Đặng Quốc Lộc, Trường Đại học Kinh tế Quốc dân, bài toán lao động cần được giải quyết đồng thời từ hai phía: bảo đảm điều kiện an toàn, nhà ở, chăm sóc y tế để người lao động yên tâm quay trở lại, và có chính sách hỗ trợ đủ mạnh đối với doanh nghiệp để giữ chân lao động. Chuyên gia cũng đề nghị các địa phương tránh ban hành quy định riêng lẻ về đi lại, vận chuyển hàng hóa, bởi sự thiếu thống nhất giữa các tỉnh sẽ tiếp tục làm gia tăng chi phí cho doanh nghiệp.',
      },
      {
        type: 'p',
        text: 'Đại diện các hiệp hội doanh nghiệp và ban quản lý khu công nghiệp tại Bình Dương, Đồng Nai, Long An kiến nghị sớm có hướng dẫn thống nhất về điều kiện hoạt động sản xuất trong trạng thái bình thường mới, đơn giản hóa thủ tục xét nghiệm đối với người lao động đã tiêm đủ liều vắc-xin, đồng thời ưu tiên hỗ trợ lãi suất, giãn nợ cho các doanh nghiệp bị ảnh hưởng nặng nề.',
      },
      {
        type: 'p',
        text: 'Kết luận hội thảo, đồng chí Lê Thị Thu Hà ghi nhận các ý kiến tâm huyết, thẳng thắn của đại biểu và cho biết Vụ Kinh tế ngành sẽ phối hợp với Trung tâm Thông tin, Phân tích và Dự báo kinh tế tổng hợp đầy đủ các kiến nghị, báo cáo Lãnh đạo Ban để tham mưu với cấp có thẩm quyền các giải pháp phục hồi sản xuất, kinh doanh trong thời gian tới.',
      },
    ],
    meeting: {
      startsAt: '2021-10-12T08:30:00+07:00',
      location: 'Hà Nội, kết nối trực tuyến với các điểm cầu tại Thành phố Hồ Chí Minh, Bình Dương, Đồng Nai và Long An',
      organiser: 'Vụ Kinh tế ngành',
      people: [
        { name: 'Lê Thị Thu Hà', title: 'Phó Vụ trưởng Vụ Kinh tế ngành', role: 'chair' },
        {
          name: 'Phạm Minh Khôi',
          title: 'Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
          role: 'presenter',
        },
        { name: 'Đặng Quốc Lộc', title: 'Giảng viên cao cấp, Trường Đại học Kinh tế Quốc dân', role: 'presenter' },
      ],
      participants:
        'Đại diện các vụ, đơn vị của Ban; đại diện một số bộ, ngành, hiệp hội doanh nghiệp; lãnh đạo ban quản lý các khu công nghiệp và doanh nghiệp sản xuất tại các tỉnh, thành phố phía Nam.',
      conclusions:
        'Thống nhất kiến nghị sớm ban hành hướng dẫn thống nhất về điều kiện hoạt động sản xuất trong trạng thái bình thường mới; có chính sách hỗ trợ người lao động quay lại làm việc và hỗ trợ doanh nghiệp về lãi suất, giãn nợ; tăng cường kết nối chuỗi cung ứng liên vùng. Giao Vụ Kinh tế ngành chủ trì, phối hợp với Trung tâm Thông tin, Phân tích và Dự báo kinh tế tổng hợp báo cáo Lãnh đạo Ban.',
    },
  },

  // 2022-06 — commission activities, meeting report
  {
    slug: 'vu-kinh-te-nganh-so-ket-cong-tac-6-thang-dau-nam-2022',
    section: 'hoat-dong-cua-ban',
    kind: 'meeting_report',
    title: 'Vụ Kinh tế ngành sơ kết công tác 6 tháng đầu năm 2022',
    sapo: 'Chiều ngày 23-6-2022, Vụ Kinh tế ngành tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đây là hội nghị sơ kết đầu tiên do đồng chí Lê Thị Thu Hà chủ trì trên cương vị Vụ trưởng.',
    publishedAt: '2022-06-23T16:10:00+07:00',
    byline: 'Minh Anh',
    tags: ['Hoạt động của Ban', 'Tổng kết công tác', 'Nông nghiệp'],
    blocks: [
      {
        type: 'p',
        text: 'Theo báo cáo tại hội nghị, 6 tháng đầu năm 2022, Vụ Kinh tế ngành đã chủ động triển khai kế hoạch công tác chuyên môn ngay từ đầu năm, bám sát chương trình làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư. Vụ đã tham gia tích cực vào quá trình xây dựng các đề án trình Hội nghị Trung ương 5 khóa XIII, trong đó có đề án về nông nghiệp, nông dân, nông thôn và đề án về phát triển kinh tế tập thể.',
      },
      { type: 'h2', text: 'Kết quả nổi bật' },
      {
        type: 'ul',
        items: [
          'Hoàn thành đúng tiến độ các báo cáo chuyên đề phục vụ Tiểu ban xây dựng đề án về nông nghiệp, nông dân, nông thôn.',
          'Thẩm định, tham gia ý kiến đối với nhiều dự thảo chiến lược, quy hoạch ngành về năng lượng, giao thông và công nghiệp.',
          'Tổ chức các đoàn khảo sát thực tế về phục hồi sản xuất sau dịch tại một số tỉnh, thành phố trọng điểm.',
          'Phối hợp với Trung tâm Thông tin, Phân tích và Dự báo kinh tế xây dựng bộ chỉ tiêu theo dõi các ngành kinh tế chủ lực.',
        ],
      },
      {
        type: 'p',
        text: 'Bên cạnh những kết quả đạt được, hội nghị cũng nhìn nhận một số hạn chế như: tiến độ một số báo cáo nghiên cứu còn chậm so với kế hoạch do khối lượng công việc phát sinh lớn; việc khai thác, sử dụng dữ liệu chuyên ngành phục vụ phân tích, dự báo chưa thật sự hiệu quả; sự phối hợp với các bộ, ngành trong cung cấp thông tin có lúc còn chưa kịp thời, ảnh hưởng đến chất lượng tham mưu.',
      },
      { type: 'h2', text: 'Nhiệm vụ 6 tháng cuối năm' },
      {
        type: 'p',
        text: 'Phát biểu chỉ đạo, đồng chí Lê Thị Thu Hà, Vụ trưởng Vụ Kinh tế ngành đề nghị toàn thể cán bộ, công chức của Vụ tiếp tục phát huy tinh thần đoàn kết, chủ động, sáng tạo. Trọng tâm 6 tháng cuối năm là tham mưu xây dựng chương trình, kế hoạch triển khai các nghị quyết Hội nghị Trung ương 5 khóa XIII thuộc lĩnh vực được phân công; theo dõi sát tình hình các ngành sản xuất chịu tác động của biến động giá năng lượng, nguyên vật liệu trên thế giới để kịp thời đề xuất giải pháp.',
      },
      {
        type: 'p',
        text: 'Đồng chí cũng yêu cầu Vụ đổi mới phương thức làm việc, tăng cường ứng dụng công nghệ thông tin, mở rộng mạng lưới chuyên gia, nhà khoa học để nâng cao chất lượng các báo cáo nghiên cứu. Mỗi chuyên viên cần chủ động cập nhật kiến thức, bám sát thực tiễn, bảo đảm các đề án được giao hoàn thành đúng tiến độ, có chất lượng, đáp ứng yêu cầu ngày càng cao của Lãnh đạo Ban.',
      },
    ],
    meeting: {
      startsAt: '2022-06-23T14:00:00+07:00',
      location: 'Phòng họp Vụ Kinh tế ngành, trụ sở Ban Kinh tế Trung ương, Hà Nội',
      organiser: 'Vụ Kinh tế ngành',
      people: [
        { name: 'Lê Thị Thu Hà', title: 'Vụ trưởng Vụ Kinh tế ngành', role: 'chair' },
        {
          name: 'Phạm Minh Khôi',
          title: 'Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
          role: 'attending',
        },
        { name: 'Ngô Đức Toàn', title: 'Chánh Văn phòng Ban', role: 'attending' },
      ],
      participants: 'Đại diện Văn phòng Ban, Trung tâm Thông tin, Phân tích và Dự báo kinh tế; toàn thể cán bộ, công chức Vụ Kinh tế ngành.',
      conclusions:
        'Ghi nhận kết quả 6 tháng đầu năm 2022. Yêu cầu Vụ tập trung tham mưu chương trình, kế hoạch triển khai các nghị quyết Hội nghị Trung ương 5 khóa XIII thuộc lĩnh vực phụ trách; theo dõi sát tác động của biến động giá năng lượng, nguyên vật liệu đối với các ngành sản xuất; đổi mới phương thức làm việc, mở rộng mạng lưới chuyên gia.',
    },
  },

  // 2022-09 — local economy
  {
    slug: 'dong-thap-nang-cao-gia-tri-chuoi-nganh-hang-nong-san-chu-luc',
    section: 'kinh-te-dia-phuong',
    kind: 'news',
    title: 'Đồng Tháp nâng cao giá trị chuỗi ngành hàng nông sản chủ lực',
    sapo: 'Tập trung vào lúa gạo, xoài, sen, hoa kiểng và cá tra, tỉnh Đồng Tháp đang từng bước chuyển từ tư duy sản xuất nông nghiệp sang tư duy kinh tế nông nghiệp, lấy liên kết chuỗi giá trị làm trọng tâm.',
    publishedAt: '2022-09-29T09:40:00+07:00',
    byline: 'Minh Anh',
    tags: ['Đồng bằng sông Cửu Long', 'Nông nghiệp', 'Kinh tế địa phương', 'Liên kết vùng'],
    blocks: [
      {
        type: 'p',
        text: 'Là địa phương thuần nông ở đầu nguồn sông Tiền, nhiều năm qua Đồng Tháp kiên trì thực hiện tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới. Tỉnh lựa chọn một số ngành hàng chủ lực có lợi thế để tập trung nguồn lực, xây dựng vùng nguyên liệu tập trung, áp dụng quy trình sản xuất an toàn và truy xuất nguồn gốc. Theo đánh giá của ngành nông nghiệp tỉnh, cách làm này giúp nâng cao giá trị sản xuất trên một đơn vị diện tích, tăng thu nhập cho nông dân.',
      },
      {
        type: 'figure',
        caption: 'Nông dân thu hoạch xoài tại vùng chuyên canh ở huyện Cao Lãnh, tỉnh Đồng Tháp',
        alt: 'Hai nông dân đội nón lá đang hái xoài chín trong vườn, những sọt nhựa đựng xoài xếp dưới gốc cây',
        credit: 'Minh Anh',
      },
      {
        type: 'p',
        text: 'Với cây xoài, tỉnh đã hình thành các vùng chuyên canh có mã số vùng trồng phục vụ xuất khẩu sang các thị trường khó tính. Với cây sen, từ một loại cây truyền thống, Đồng Tháp đã phát triển chuỗi sản phẩm đa dạng từ hạt sen, trà tim sen, tơ sen đến du lịch sinh thái đồng sen. Ngành hàng cá tra tiếp tục được tổ chức lại theo hướng khép kín từ con giống, nuôi thương phẩm đến chế biến, với sự tham gia của nhiều doanh nghiệp lớn.',
      },
      { type: 'h2', text: 'Hợp tác xã là hạt nhân liên kết' },
      {
        type: 'p',
        text: 'Điểm nhấn trong cách làm của Đồng Tháp là củng cố, phát triển kinh tế tập thể, coi hợp tác xã là cầu nối giữa nông hộ với doanh nghiệp. Nhiều hợp tác xã đã được hỗ trợ đào tạo giám đốc trẻ, ứng dụng thương mại điện tử để quảng bá, bán sản phẩm. Cùng với đó, chương trình Mỗi xã một sản phẩm được triển khai rộng khắp, góp phần chuẩn hóa mẫu mã, nâng cao chất lượng và giá trị gia tăng của các đặc sản địa phương.',
      },
      {
        type: 'figure',
        caption: 'Sản phẩm OCOP từ sen của tỉnh Đồng Tháp được giới thiệu tại hội chợ xúc tiến thương mại',
        alt: 'Gian hàng trưng bày các hộp trà tim sen, hạt sen sấy và bánh kẹo từ sen với bao bì màu hồng in logo OCOP',
        credit: UNIT_BYLINE,
      },
      {
        type: 'p',
        text: 'Tuy vậy, theo các chuyên gia, để phát triển bền vững, Đồng Tháp cần tiếp tục giải quyết những hạn chế về quy mô sản xuất nhỏ lẻ, hạ tầng logistics và kho bảo quản sau thu hoạch. Việc tăng cường liên kết với các địa phương trong vùng Đồng bằng sông Cửu Long và Thành phố Hồ Chí Minh trong tiêu thụ, chế biến nông sản cũng là hướng đi cần thiết nhằm phát huy lợi thế, giảm chi phí và mở rộng thị trường.',
      },
    ],
  },

  // 2023-04 — conference, meeting report
  {
    slug: 'hoi-thao-khoa-hoc-ve-giai-phap-thuc-hien-nghi-quyet-so-26-nq-tw-phat-trien-vung-bac-trung-bo-va-duyen-hai-trung-bo',
    section: 'hoi-nghi-hoi-thao',
    kind: 'meeting_report',
    title: 'Hội thảo khoa học về giải pháp thực hiện Nghị quyết số 26-NQ/TW phát triển vùng Bắc Trung Bộ và duyên hải Trung Bộ',
    sapo: 'Ngày 18-4-2023, tại thành phố Huế, Vụ Kinh tế vùng và Địa phương, Ban Kinh tế Trung ương phối hợp với Tỉnh ủy Thừa Thiên Huế tổ chức hội thảo khoa học bàn giải pháp đưa Nghị quyết số 26-NQ/TW của Bộ Chính trị vào cuộc sống.',
    publishedAt: '2023-04-18T17:15:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Kinh tế vùng', 'Nghị quyết', 'Bắc Trung Bộ và duyên hải Trung Bộ', 'Kinh tế biển'],
    blocks: [
      {
        type: 'p',
        text: 'Phát biểu khai mạc, đồng chí Đỗ Văn Thịnh, Phó Vụ trưởng Vụ Kinh tế vùng và Địa phương cho biết, Nghị quyết số 26-NQ/TW của Bộ Chính trị về phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ đến năm 2030, tầm nhìn đến năm 2045 đã xác định những định hướng lớn, mang tính chiến lược. Sau gần nửa năm triển khai, việc trao đổi kinh nghiệm giữa các địa phương và giới nghiên cứu là cần thiết để cụ thể hóa Nghị quyết thành các chương trình, dự án thiết thực.',
      },
      {
        type: 'figure',
        caption: 'Quang cảnh hội thảo',
        alt: 'Hội trường đông kín đại biểu, trên sân khấu có bàn chủ tọa và màn hình trình chiếu tên hội thảo',
        credit: UNIT_BYLINE,
      },
      { type: 'h2', text: 'Vùng có vị trí chiến lược đặc biệt' },
      {
        type: 'p',
        text: 'Trình bày tham luận, đồng chí Trần Thị Mai Phương, Phó Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế nhận định, với đường bờ biển dài, nhiều cảng nước sâu, khu kinh tế ven biển và di sản văn hóa thế giới, vùng có tiềm năng lớn để phát triển kinh tế biển, công nghiệp chế biến, chế tạo và du lịch. Tuy nhiên, các địa phương trong vùng có cấu trúc kinh tế tương đồng, dẫn đến tình trạng cạnh tranh thu hút đầu tư, phát triển trùng lặp các cảng biển, sân bay, khu công nghiệp.',
      },
      {
        type: 'p',
        text: 'Các ý kiến tại hội thảo cũng chỉ ra những thách thức đặc thù của vùng như thiên tai, bão lũ thường xuyên, địa hình hẹp và bị chia cắt, hạ tầng giao thông kết nối Đông - Tây còn hạn chế. Đại biểu đề nghị đẩy nhanh tiến độ tuyến đường bộ cao tốc Bắc - Nam phía Đông, nâng cấp các tuyến quốc lộ nối với Lào, qua đó hình thành các hành lang kinh tế kết nối cảng biển với vùng Tây Nguyên và các nước láng giềng.',
      },
      {
        type: 'figure',
        caption: 'Đồng chí Lê Văn Khánh, Phó Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế phát biểu tham luận',
        alt: 'Đại biểu nam mặc áo sơ mi trắng phát biểu tại bục, phía sau là phông nền hội thảo',
        credit: UNIT_BYLINE,
      },
      {
        type: 'p',
        text: 'Chia sẻ kinh nghiệm của địa phương, đồng chí Lê Văn Khánh, Phó Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế cho biết, tỉnh đang tập trung xây dựng đô thị di sản, phát triển kinh tế dựa trên văn hóa, du lịch, y tế chuyên sâu và giáo dục đại học. Tỉnh kiến nghị Trung ương sớm ban hành quy chế điều phối vùng, đồng thời ưu tiên các dự án liên kết giữa Thừa Thiên Huế, Đà Nẵng và Quảng Nam trong phát triển du lịch và logistics.',
      },
      { type: 'h2', text: 'Kiến nghị của hội thảo' },
      {
        type: 'ul',
        items: [
          'Sớm hoàn thành quy hoạch vùng, làm rõ vai trò, chức năng của từng địa phương trong chuỗi giá trị chung.',
          'Ưu tiên đầu tư các công trình hạ tầng kết nối Đông - Tây và các trung tâm logistics cấp vùng.',
          'Xây dựng cơ chế huy động nguồn lực xã hội cho các dự án phòng, chống thiên tai, thích ứng biến đổi khí hậu.',
        ],
      },
    ],
    meeting: {
      startsAt: '2023-04-18T08:00:00+07:00',
      location: 'Hội trường Tỉnh ủy Thừa Thiên Huế, thành phố Huế',
      organiser: 'Vụ Kinh tế vùng và Địa phương',
      people: [
        { name: 'Đỗ Văn Thịnh', title: 'Phó Vụ trưởng Vụ Kinh tế vùng và Địa phương', role: 'chair' },
        {
          name: 'Trần Thị Mai Phương',
          title: 'Phó Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
          role: 'presenter',
        },
        { name: 'Lê Văn Khánh', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế', role: 'presenter' },
        { name: 'Hoàng Thị Ngọc Lan', title: 'Vụ trưởng Vụ Kinh tế tổng hợp', role: 'attending' },
      ],
      participants:
        'Đại diện các vụ, đơn vị của Ban Kinh tế Trung ương; lãnh đạo các sở, ngành của một số tỉnh, thành phố vùng Bắc Trung Bộ và duyên hải Trung Bộ; các nhà khoa học, chuyên gia kinh tế.',
      conclusions:
        'Hội thảo thống nhất cần sớm hoàn thành quy hoạch vùng, xây dựng cơ chế điều phối vùng hiệu quả, ưu tiên đầu tư hạ tầng kết nối Đông - Tây và các trung tâm logistics, tăng cường năng lực phòng, chống thiên tai. Giao Vụ Kinh tế vùng và Địa phương tổng hợp kiến nghị, phục vụ công tác theo dõi, đôn đốc việc thực hiện Nghị quyết số 26-NQ/TW.',
    },
  },

  // 2024-03 — research
  {
    slug: 'phat-trien-khu-cong-nghiep-sinh-thai-kinh-nghiem-quoc-te-va-goi-y-chinh-sach-cho-viet-nam',
    section: 'nghien-cuu-trao-doi',
    kind: 'news',
    title: 'Phát triển khu công nghiệp sinh thái: kinh nghiệm quốc tế và gợi ý chính sách cho Việt Nam',
    sapo: 'Chuyển đổi các khu công nghiệp truyền thống sang mô hình khu công nghiệp sinh thái là yêu cầu tất yếu để thực hiện cam kết giảm phát thải và đáp ứng tiêu chuẩn xanh ngày càng khắt khe của thị trường quốc tế.',
    publishedAt: '2024-03-12T10:30:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Kinh tế xanh', 'Khu công nghiệp', 'Phát triển bền vững', 'Mô hình tăng trưởng'],
    blocks: [
      {
        type: 'p',
        text: 'Sau hơn ba thập niên phát triển, hệ thống khu công nghiệp đã trở thành động lực quan trọng của công nghiệp hóa, thu hút phần lớn vốn đầu tư trực tiếp nước ngoài vào lĩnh vực chế biến, chế tạo. Tuy nhiên, mô hình phát triển theo chiều rộng cũng để lại những hệ lụy về môi trường, sử dụng tài nguyên kém hiệu quả. Nghị định số 35/2022/NĐ-CP của Chính phủ đã lần đầu quy định cụ thể về khu công nghiệp sinh thái, mở ra cơ sở pháp lý cho quá trình chuyển đổi này.',
      },
      { type: 'h2', text: 'Kinh nghiệm từ một số quốc gia' },
      {
        type: 'p',
        text: 'Tại Hàn Quốc, chương trình quốc gia về khu công nghiệp sinh thái được triển khai theo lộ trình dài hạn, trong đó Nhà nước đóng vai trò kiến tạo thông qua hỗ trợ nghiên cứu khả thi và kết nối doanh nghiệp để trao đổi phụ phẩm, năng lượng. Mô hình cộng sinh công nghiệp tại Kalundborg, Đan Mạch cho thấy chất thải của doanh nghiệp này có thể trở thành đầu vào của doanh nghiệp khác nếu có cơ chế hợp tác lâu dài. Nhật Bản thì gắn khu công nghiệp sinh thái với chiến lược đô thị tuần hoàn, tái chế quy mô lớn.',
      },
      { type: 'h2', text: 'Thực tiễn tại Việt Nam' },
      {
        type: 'p',
        text: 'Ở trong nước, một số khu công nghiệp tại Ninh Bình, Đà Nẵng, Cần Thơ đã tham gia các chương trình thí điểm với sự hỗ trợ kỹ thuật của các tổ chức quốc tế. Kết quả bước đầu cho thấy nhiều doanh nghiệp tiết kiệm được chi phí năng lượng, nước và nguyên liệu, đồng thời giảm lượng phát thải. Tuy vậy, việc nhân rộng mô hình còn gặp khó khăn do thiếu cơ chế ưu đãi đủ hấp dẫn, nhận thức của doanh nghiệp chưa đầy đủ và năng lực của các chủ đầu tư hạ tầng còn hạn chế.',
      },
      {
        type: 'quote',
        text: 'Khu công nghiệp sinh thái không chỉ là câu chuyện môi trường, mà là câu chuyện năng lực cạnh tranh. Trong tương lai gần, những khu công nghiệp không đáp ứng tiêu chuẩn xanh sẽ khó giữ chân được các nhà đầu tư lớn.',
      },
      { type: 'h2', text: 'Gợi ý chính sách' },
      {
        type: 'ol',
        items: [
          'Xây dựng bộ tiêu chí đánh giá và lộ trình chuyển đổi bắt buộc đối với các khu công nghiệp hiện hữu.',
          'Có chính sách ưu đãi về tín dụng xanh, thuế và tiền thuê đất cho doanh nghiệp tham gia cộng sinh công nghiệp.',
          'Hình thành cơ sở dữ liệu dùng chung về chất thải, phụ phẩm để kết nối cung - cầu giữa các doanh nghiệp.',
          'Nâng cao năng lực của ban quản lý khu công nghiệp trong giám sát môi trường và điều phối hợp tác.',
        ],
      },
      {
        type: 'p',
        text: 'Có thể thấy, phát triển khu công nghiệp sinh thái là con đường tất yếu để nâng cao chất lượng thu hút đầu tư, thực hiện mục tiêu phát thải ròng bằng không vào năm 2050 mà Việt Nam đã cam kết. Quá trình chuyển đổi cần được thực hiện có lộ trình, phù hợp với điều kiện của từng vùng, từng khu công nghiệp, với sự đồng hành chặt chẽ giữa Nhà nước, chủ đầu tư hạ tầng và cộng đồng doanh nghiệp.',
      },
    ],
  },

  // 2024-08 — news & events
  {
    slug: 'tay-nguyen-thu-hut-dau-tu-vao-nong-nghiep-cong-nghe-cao-va-che-bien-sau',
    section: 'tin-tuc-su-kien',
    kind: 'news',
    title: 'Tây Nguyên thu hút đầu tư vào nông nghiệp công nghệ cao và chế biến sâu',
    sapo: 'Tại hội nghị xúc tiến đầu tư vùng Tây Nguyên tổ chức ở thành phố Buôn Ma Thuột, nhiều nhà đầu tư đã ký kết biên bản ghi nhớ trong các lĩnh vực nông nghiệp công nghệ cao, chế biến nông sản và năng lượng tái tạo.',
    publishedAt: '2024-08-07T15:20:00+07:00',
    byline: 'Hoàng Quân',
    tags: ['Tây Nguyên', 'Thu hút đầu tư', 'Nông nghiệp', 'Kinh tế vùng'],
    blocks: [
      {
        type: 'p',
        text: 'Hội nghị là hoạt động cụ thể nhằm triển khai Nghị quyết số 23-NQ/TW của Bộ Chính trị về phương hướng phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng Tây Nguyên đến năm 2030, tầm nhìn đến năm 2045. Các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng đã cùng giới thiệu danh mục dự án kêu gọi đầu tư, tập trung vào chế biến cà phê, hồ tiêu, sầu riêng, mắc ca, dược liệu và phát triển du lịch sinh thái.',
      },
      {
        type: 'figure',
        caption: 'Đại biểu tham quan gian trưng bày sản phẩm cà phê đặc sản Tây Nguyên',
        alt: 'Nhóm đại biểu đứng quanh quầy trưng bày các túi cà phê rang xay và hạt cà phê nhân đặt trong khay gỗ',
        credit: 'Hoàng Quân',
      },
      {
        type: 'p',
        text: 'Theo thông tin từ ban tổ chức, tại hội nghị đã có 26 biên bản ghi nhớ đầu tư được trao cho các nhà đầu tư, với tổng vốn đăng ký khoảng 38.000 tỷ đồng. Nhiều dự án có quy mô lớn, áp dụng công nghệ tưới tiết kiệm, sản xuất theo tiêu chuẩn hữu cơ và truy xuất nguồn gốc. Đáng chú ý, một số doanh nghiệp đã cam kết đầu tư nhà máy chế biến sâu ngay tại vùng nguyên liệu, góp phần nâng cao giá trị gia tăng cho nông sản thay vì xuất khẩu thô như trước.',
      },
      { type: 'h2', text: 'Gỡ nút thắt hạ tầng kết nối' },
      {
        type: 'p',
        text: 'Các nhà đầu tư đánh giá Tây Nguyên có lợi thế lớn về đất đai, khí hậu và thương hiệu nông sản, nhưng hạ tầng giao thông kết nối với cảng biển và các trung tâm tiêu thụ vẫn là điểm nghẽn. Việc triển khai tuyến cao tốc Khánh Hòa - Buôn Ma Thuột và các dự án cao tốc kết nối Tây Nguyên với Đông Nam Bộ được kỳ vọng sẽ rút ngắn thời gian vận chuyển, giảm chi phí logistics, tạo thêm sức hút đối với dòng vốn đầu tư vào vùng.',
      },
      {
        type: 'p',
        text: 'Phát biểu bế mạc, đại diện ban tổ chức đề nghị các địa phương tiếp tục cải thiện môi trường đầu tư, giải quyết dứt điểm các vướng mắc về đất đai, giải phóng mặt bằng, đồng thời tăng cường liên kết vùng trong xúc tiến đầu tư, tránh tình trạng cạnh tranh không lành mạnh. Các dự án được ký kết cần được theo dõi, hỗ trợ sát sao để sớm triển khai trên thực tế, mang lại lợi ích thiết thực cho người dân và doanh nghiệp.',
      },
    ],
  },

  // 2025-03 — commission activities, meeting report
  {
    slug: 'van-phong-ban-to-chuc-tap-huan-ung-dung-tri-tue-nhan-tao-trong-cong-tac-tham-muu',
    section: 'hoat-dong-cua-ban',
    kind: 'meeting_report',
    title: 'Văn phòng Ban tổ chức tập huấn ứng dụng trí tuệ nhân tạo trong công tác tham mưu',
    sapo: 'Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, sáng 20-3-2025, Văn phòng Ban tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo trong nghiên cứu, tham mưu cho cán bộ, công chức của Ban.',
    publishedAt: '2025-03-20T16:00:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Chuyển đổi số', 'Hoạt động của Ban', 'Trí tuệ nhân tạo', 'Nghị quyết'],
    blocks: [
      {
        type: 'p',
        text: 'Phát biểu khai mạc lớp tập huấn, đồng chí Ngô Đức Toàn, Chánh Văn phòng Ban nhấn mạnh, Nghị quyết số 57-NQ/TW đã xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá quan trọng hàng đầu. Đối với một cơ quan tham mưu chiến lược, việc ứng dụng trí tuệ nhân tạo trong tổng hợp, phân tích thông tin có thể giúp rút ngắn đáng kể thời gian chuẩn bị báo cáo, nâng cao chất lượng dự báo, nhưng cũng đặt ra yêu cầu rất cao về bảo mật và trách nhiệm của người sử dụng.',
      },
      {
        type: 'figure',
        caption: 'Quang cảnh lớp tập huấn',
        alt: 'Cán bộ, công chức ngồi theo dãy bàn có máy tính xách tay, theo dõi giảng viên hướng dẫn trên màn hình trình chiếu',
        credit: UNIT_BYLINE,
      },
      {
        type: 'p',
        text: 'Tại lớp tập huấn, đồng chí Trần Thị Mai Phương, Phó Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế đã giới thiệu tổng quan về các công cụ trí tuệ nhân tạo tạo sinh và khả năng ứng dụng trong công tác nghiên cứu. Đồng chí Phạm Minh Khôi, Giám đốc Trung tâm trình bày một số ví dụ thực tế về sử dụng mô hình dự báo, trực quan hóa dữ liệu kinh tế vĩ mô và dữ liệu địa phương phục vụ xây dựng đề án.',
      },
      {
        type: 'ul',
        items: [
          'Tổng quan về trí tuệ nhân tạo và các xu hướng ứng dụng trong khu vực công.',
          'Kỹ năng khai thác công cụ hỗ trợ tóm tắt, tra cứu văn bản và tổng hợp ý kiến.',
          'Ứng dụng phân tích dữ liệu, trực quan hóa số liệu phục vụ báo cáo tham mưu.',
          'Nguyên tắc bảo vệ bí mật nhà nước, an toàn thông tin khi sử dụng công cụ số.',
        ],
      },
      {
        type: 'p',
        text: 'Các học viên đặc biệt quan tâm đến vấn đề kiểm chứng thông tin do công cụ trí tuệ nhân tạo tạo ra và ranh giới giữa hỗ trợ kỹ thuật với trách nhiệm chuyên môn của người viết báo cáo. Giảng viên lưu ý, mọi kết quả do công cụ đề xuất đều phải được đối chiếu với nguồn chính thống; tuyệt đối không đưa tài liệu mật, tài liệu nội bộ lên các nền tảng không được cơ quan có thẩm quyền cho phép.',
      },
      {
        type: 'p',
        text: 'Bế mạc lớp tập huấn, đồng chí Chánh Văn phòng Ban đề nghị các vụ, đơn vị sớm xây dựng kế hoạch ứng dụng công nghệ số trong công việc chuyên môn, lựa chọn một số nhiệm vụ cụ thể để làm thí điểm. Văn phòng Ban sẽ phối hợp với Trung tâm Thông tin, Phân tích và Dự báo kinh tế ban hành hướng dẫn sử dụng công cụ số an toàn và tiếp tục tổ chức các lớp bồi dưỡng chuyên sâu trong năm 2025.',
      },
    ],
    meeting: {
      startsAt: '2025-03-20T08:30:00+07:00',
      location: 'Hội trường trụ sở Ban, Hà Nội',
      organiser: 'Văn phòng Ban',
      people: [
        { name: 'Ngô Đức Toàn', title: 'Chánh Văn phòng Ban', role: 'chair' },
        {
          name: 'Trần Thị Mai Phương',
          title: 'Phó Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
          role: 'presenter',
        },
        {
          name: 'Phạm Minh Khôi',
          title: 'Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
          role: 'presenter',
        },
      ],
      participants: 'Cán bộ, công chức, người lao động thuộc các vụ, đơn vị của Ban.',
      conclusions:
        'Các vụ, đơn vị xây dựng kế hoạch ứng dụng công nghệ số trong công việc chuyên môn và lựa chọn nhiệm vụ làm thí điểm. Văn phòng Ban phối hợp với Trung tâm Thông tin, Phân tích và Dự báo kinh tế ban hành hướng dẫn sử dụng công cụ số bảo đảm an toàn, bảo mật và tổ chức các lớp bồi dưỡng chuyên sâu trong năm 2025.',
    },
  },

  // 2025-10 — local economy, meeting report
  {
    slug: 'doan-cong-tac-cua-ban-lam-viec-voi-tinh-vinh-long-ve-phat-trien-kinh-te-sau-sap-xep-don-vi-hanh-chinh',
    section: 'kinh-te-dia-phuong',
    kind: 'meeting_report',
    title: 'Đoàn công tác của Ban làm việc với tỉnh Vĩnh Long về phát triển kinh tế sau sắp xếp đơn vị hành chính',
    sapo: 'Ngày 16-10-2025, đoàn công tác Ban Chính sách, chiến lược Trung ương do đồng chí Đỗ Văn Thịnh, Phó Vụ trưởng Vụ Kinh tế vùng và Địa phương làm trưởng đoàn đã làm việc với Ủy ban nhân dân tỉnh Vĩnh Long về tình hình kinh tế - xã hội sau hơn ba tháng vận hành chính quyền địa phương hai cấp.',
    publishedAt: '2025-10-16T17:30:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Kinh tế địa phương', 'Đồng bằng sông Cửu Long', 'Chính quyền địa phương hai cấp', 'Biến đổi khí hậu'],
    blocks: [
      {
        type: 'p',
        text: 'Báo cáo với đoàn công tác, đồng chí Huỳnh Văn Lợi, Phó Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long cho biết, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh, bộ máy chính quyền địa phương hai cấp của tỉnh cơ bản vận hành thông suốt. Các thủ tục hành chính liên quan đến doanh nghiệp, đầu tư được giải quyết kịp thời, không để xảy ra gián đoạn. Theo số liệu tỉnh báo cáo, tình hình sản xuất nông nghiệp, xuất khẩu và thu ngân sách 9 tháng năm 2025 duy trì đà tăng trưởng ổn định.',
      },
      {
        type: 'figure',
        caption: 'Toàn cảnh buổi làm việc',
        alt: 'Đoàn công tác và lãnh đạo tỉnh ngồi đối diện hai bên bàn họp dài, trên bàn có biển tên và tài liệu',
        credit: UNIT_BYLINE,
      },
      { type: 'h2', text: 'Không gian phát triển mới' },
      {
        type: 'p',
        text: 'Theo lãnh đạo tỉnh, việc hợp nhất mở ra không gian phát triển rộng lớn hơn, với vùng chuyên canh lúa, trái cây, dừa quy mô lớn và dải ven biển phù hợp phát triển năng lượng tái tạo, nuôi trồng thủy sản. Tỉnh đang khẩn trương rà soát, tích hợp các quy hoạch, đề án của ba địa phương trước đây, xác định lại các ngành kinh tế mũi nhọn, các hành lang phát triển và danh mục dự án ưu tiên kêu gọi đầu tư trong giai đoạn tới.',
      },
      {
        type: 'figure',
        caption: 'Vườn dừa ven sông Hàm Luông, tỉnh Vĩnh Long',
        alt: 'Hàng dừa xanh rợp bóng hai bên con kênh nhỏ, một chiếc xuồng chở trái dừa đang di chuyển trên mặt nước',
        credit: UNIT_BYLINE,
      },
      {
        type: 'p',
        text: 'Bên cạnh thuận lợi, tỉnh cũng nêu một số khó khăn như khối lượng công việc tại cấp xã tăng mạnh trong khi đội ngũ cán bộ chuyên môn về kinh tế, tài chính, đất đai còn thiếu; hệ thống dữ liệu của ba tỉnh trước đây chưa được đồng bộ; tình trạng xâm nhập mặn, sạt lở bờ sông, bờ biển diễn biến phức tạp. Tỉnh kiến nghị Trung ương hỗ trợ nguồn lực cho các công trình phòng, chống thiên tai và đào tạo, bồi dưỡng cán bộ cấp xã.',
      },
      {
        type: 'p',
        text: 'Kết luận buổi làm việc, đồng chí Đỗ Văn Thịnh đánh giá cao sự chủ động, quyết liệt của tỉnh trong vận hành bộ máy mới. Đồng chí đề nghị tỉnh tập trung hoàn thiện quy hoạch, chuẩn hóa dữ liệu kinh tế - xã hội theo địa giới hành chính mới, phát huy lợi thế về kinh tế nông nghiệp và kinh tế biển. Các kiến nghị của tỉnh sẽ được đoàn tổng hợp, báo cáo Lãnh đạo Ban để tham mưu với cấp có thẩm quyền.',
      },
    ],
    meeting: {
      startsAt: '2025-10-16T08:00:00+07:00',
      location: 'Trụ sở Ủy ban nhân dân tỉnh Vĩnh Long',
      organiser: 'Vụ Kinh tế vùng và Địa phương',
      people: [
        { name: 'Đỗ Văn Thịnh', title: 'Phó Vụ trưởng Vụ Kinh tế vùng và Địa phương', role: 'chair' },
        { name: 'Huỳnh Văn Lợi', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long', role: 'presenter' },
        {
          name: 'Trần Thị Mai Phương',
          title: 'Phó Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
          role: 'attending',
        },
      ],
      participants:
        'Thành viên đoàn công tác Ban Chính sách, chiến lược Trung ương; lãnh đạo các sở, ngành của tỉnh Vĩnh Long và đại diện một số xã, phường.',
      conclusions:
        'Đoàn công tác ghi nhận tỉnh Vĩnh Long đã vận hành thông suốt chính quyền địa phương hai cấp. Đề nghị tỉnh hoàn thiện quy hoạch tích hợp, chuẩn hóa dữ liệu kinh tế - xã hội theo địa giới hành chính mới, phát huy lợi thế kinh tế nông nghiệp, kinh tế biển. Đoàn tổng hợp các kiến nghị về hỗ trợ phòng, chống thiên tai và bồi dưỡng cán bộ cấp xã, báo cáo Lãnh đạo Ban.',
    },
  },

  // 2025-12 — news & events
  {
    slug: 'van-hanh-thu-nghiem-co-so-du-lieu-kinh-te-xa-hoi-dia-phuong-phuc-vu-cong-tac-tham-muu',
    section: 'tin-tuc-su-kien',
    kind: 'news',
    title: 'Vận hành thử nghiệm cơ sở dữ liệu kinh tế - xã hội địa phương phục vụ công tác tham mưu',
    sapo: 'Trung tâm Thông tin, Phân tích và Dự báo kinh tế vừa đưa vào vận hành thử nghiệm cơ sở dữ liệu kinh tế - xã hội của 34 tỉnh, thành phố, được chuẩn hóa theo địa giới hành chính mới có hiệu lực từ ngày 1-7-2025.',
    publishedAt: '2025-12-18T14:00:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Chuyển đổi số', 'Dự báo kinh tế', 'Kinh tế địa phương', 'Chính quyền địa phương hai cấp'],
    blocks: [
      {
        type: 'p',
        text: 'Sau khi sắp xếp đơn vị hành chính, nhiều chuỗi số liệu kinh tế - xã hội của các địa phương bị gián đoạn do thay đổi phạm vi thống kê. Để bảo đảm tính liên tục phục vụ nghiên cứu, Trung tâm đã phối hợp với các vụ, đơn vị của Ban quy đổi số liệu giai đoạn trước theo địa giới mới, xây dựng cơ sở dữ liệu dùng chung với hàng trăm chỉ tiêu về tăng trưởng, thu chi ngân sách, đầu tư, xuất nhập khẩu, lao động và an sinh xã hội.',
      },
      { type: 'h2', text: 'Khai thác nhanh, trực quan' },
      {
        type: 'p',
        text: 'Hệ thống cho phép cán bộ của Ban tra cứu, so sánh chỉ tiêu giữa các địa phương, các vùng, trích xuất biểu đồ và bảng số liệu phục vụ báo cáo chỉ trong vài thao tác. Dữ liệu được cập nhật định kỳ từ các nguồn chính thức và từ báo cáo của các địa phương, có ghi rõ nguồn, thời điểm cập nhật để người sử dụng dễ dàng kiểm chứng. Việc phân quyền truy cập được thực hiện chặt chẽ theo quy định về bảo vệ bí mật nhà nước.',
      },
      {
        type: 'ul',
        items: [
          'Hồ sơ kinh tế - xã hội của từng tỉnh, thành phố theo địa giới hành chính mới.',
          'Bảng so sánh các chỉ tiêu chủ yếu giữa các vùng kinh tế - xã hội.',
          'Công cụ lập biểu đồ, xuất dữ liệu phục vụ soạn thảo báo cáo, đề án.',
          'Thư viện báo cáo phân tích, dự báo do Trung tâm và các vụ, đơn vị thực hiện.',
        ],
      },
      {
        type: 'p',
        text: 'Theo kế hoạch, trong giai đoạn vận hành thử nghiệm, Trung tâm sẽ tiếp nhận ý kiến góp ý của người sử dụng để hoàn thiện giao diện, bổ sung chỉ tiêu và nâng cao chất lượng dữ liệu. Từ năm 2026, hệ thống sẽ được kết nối với một số cơ sở dữ liệu chuyên ngành của các bộ, ngành, hướng tới hình thành nền tảng dữ liệu phục vụ phân tích, dự báo và tham mưu chính sách một cách kịp thời, chính xác.',
      },
    ],
  },

  // 2026-09 — conference, meeting report (featured)
  {
    slug: 'hoi-thao-khoa-hoc-mo-hinh-tang-truong-moi-dua-tren-khoa-hoc-cong-nghe-va-doi-moi-sang-tao-giai-doan-2026-2030',
    section: 'hoi-nghi-hoi-thao',
    kind: 'meeting_report',
    title: 'Hội thảo khoa học: Mô hình tăng trưởng mới dựa trên khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2026-2030',
    sapo: 'Ngày 24-9-2026, tại Hà Nội, Vụ Kinh tế tổng hợp phối hợp với Vụ Kinh tế ngành và Trung tâm Thông tin, Phân tích và Dự báo kinh tế tổ chức hội thảo khoa học về đổi mới mô hình tăng trưởng, góp phần cụ thể hóa các định hướng lớn của Nghị quyết Đại hội XIV của Đảng.',
    publishedAt: '2026-09-24T16:40:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Mô hình tăng trưởng', 'Chuyển đổi số', 'Kinh tế xanh', 'Kinh tế vĩ mô'],
    featured: true,
    blocks: [
      {
        type: 'p',
        text: 'Phát biểu khai mạc, đồng chí Hoàng Thị Ngọc Lan, Vụ trưởng Vụ Kinh tế tổng hợp cho biết, mục tiêu tăng trưởng cao và bền vững trong giai đoạn 2026-2030 đòi hỏi phải chuyển mạnh từ mô hình dựa vào vốn và lao động giá rẻ sang mô hình dựa trên năng suất, khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Hội thảo nhằm làm rõ cơ sở lý luận, thực tiễn và đề xuất các nhóm giải pháp có tính khả thi, phục vụ công tác tham mưu của Ban.',
      },
      {
        type: 'figure',
        caption: 'Quang cảnh hội thảo',
        alt: 'Hội trường lớn với các đại biểu ngồi kín các dãy ghế, màn hình LED phía sau bàn chủ tọa hiển thị tên hội thảo',
        credit: UNIT_BYLINE,
      },
      { type: 'h2', text: 'Năng suất lao động là thước đo then chốt' },
      {
        type: 'p',
        text: 'Trình bày tham luận, đồng chí Lê Thị Thu Hà, Vụ trưởng Vụ Kinh tế ngành phân tích, dư địa tăng trưởng từ chuyển dịch lao động ra khỏi khu vực nông nghiệp đang thu hẹp dần, trong khi khu vực doanh nghiệp trong nước vẫn chủ yếu tham gia các công đoạn giá trị gia tăng thấp. Vì vậy, cần có chính sách khuyến khích doanh nghiệp đầu tư vào nghiên cứu, phát triển, đổi mới công nghệ, đồng thời hình thành các cụm liên kết ngành để doanh nghiệp trong nước tham gia sâu hơn vào chuỗi cung ứng.',
      },
      {
        type: 'p',
        text: 'Đồng chí Trịnh Thu Hằng, Phó Vụ trưởng Vụ Kinh tế tổng hợp và đồng chí Phạm Minh Khôi, Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế giới thiệu kết quả mô phỏng các kịch bản tăng trưởng đến năm 2030. Theo nhóm nghiên cứu, đóng góp của năng suất các nhân tố tổng hợp có thể được nâng lên đáng kể nếu đồng thời cải thiện chất lượng thể chế, hạ tầng số và nguồn nhân lực, trong đó cải cách thể chế có tác động lan tỏa lớn nhất.',
      },
      {
        type: 'figure',
        caption: 'Đồng chí Lê Thị Thu Hà, Vụ trưởng Vụ Kinh tế ngành trình bày tham luận',
        alt: 'Vụ trưởng Lê Thị Thu Hà đứng tại bục phát biểu, màn hình bên cạnh chiếu biểu đồ năng suất lao động',
        credit: UNIT_BYLINE,
      },
      {
        type: 'quote',
        text: 'Đổi mới mô hình tăng trưởng không phải là thay thế ngay các động lực cũ, mà là làm cho mỗi đồng vốn, mỗi giờ lao động, mỗi đơn vị tài nguyên tạo ra nhiều giá trị hơn nhờ tri thức và công nghệ.',
      },
      {
        type: 'p',
        text: 'Kết luận hội thảo, đồng chí Hoàng Thị Ngọc Lan đề nghị nhóm nghiên cứu tiếp thu các ý kiến góp ý, hoàn thiện báo cáo tổng hợp, làm rõ hơn mối quan hệ giữa tăng trưởng với ổn định kinh tế vĩ mô, giữa kinh tế số với kinh tế xanh. Các kết quả của hội thảo sẽ là nguồn tư liệu quan trọng để Ban tham mưu các chủ trương, chính sách thúc đẩy tăng trưởng dựa trên năng suất trong thời gian tới.',
      },
    ],
    meeting: {
      startsAt: '2026-09-24T08:00:00+07:00',
      location: 'Hội trường trụ sở Ban, Hà Nội',
      organiser: 'Vụ Kinh tế tổng hợp',
      people: [
        { name: 'Hoàng Thị Ngọc Lan', title: 'Vụ trưởng Vụ Kinh tế tổng hợp', role: 'chair' },
        { name: 'Lê Thị Thu Hà', title: 'Vụ trưởng Vụ Kinh tế ngành', role: 'presenter' },
        { name: 'Trịnh Thu Hằng', title: 'Phó Vụ trưởng Vụ Kinh tế tổng hợp', role: 'presenter' },
        {
          name: 'Phạm Minh Khôi',
          title: 'Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
          role: 'presenter',
        },
        { name: 'Đặng Quốc Lộc', title: 'Giảng viên cao cấp, Trường Đại học Kinh tế Quốc dân', role: 'attending' },
      ],
      participants:
        'Đại diện các vụ, đơn vị của Ban; đại diện một số bộ, ngành, viện nghiên cứu, trường đại học; các chuyên gia kinh tế và đại diện cộng đồng doanh nghiệp.',
      conclusions:
        'Thống nhất cần chuyển mạnh sang mô hình tăng trưởng dựa trên năng suất, khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, với cải cách thể chế là khâu then chốt. Giao Vụ Kinh tế tổng hợp chủ trì, phối hợp với Vụ Kinh tế ngành và Trung tâm Thông tin, Phân tích và Dự báo kinh tế hoàn thiện báo cáo tổng hợp, trình Lãnh đạo Ban trong quý IV năm 2026.',
    },
  },

  // 2026-11 — local economy (featured)
  {
    slug: 'cac-dia-phuong-vung-dong-bang-song-cuu-long-tang-toc-ve-dich-nam-2026',
    section: 'kinh-te-dia-phuong',
    kind: 'news',
    title: 'Các địa phương vùng Đồng bằng sông Cửu Long tăng tốc về đích năm 2026',
    sapo: 'Theo báo cáo của các địa phương tại hội nghị giao ban vùng tháng 11, kinh tế vùng Đồng bằng sông Cửu Long năm 2026 dự kiến duy trì đà tăng trưởng khá, với động lực chính từ nông nghiệp công nghệ cao, chế biến nông sản và du lịch.',
    publishedAt: '2026-11-18T10:15:00+07:00',
    byline: UNIT_BYLINE,
    tags: ['Đồng bằng sông Cửu Long', 'Kinh tế địa phương', 'Kinh tế vùng', 'Hạ tầng'],
    featured: true,
    blocks: [
      {
        type: 'p',
        text: 'Năm 2026 là năm đầu tiên các địa phương trong vùng thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030 với quy mô và địa giới hành chính mới. Mặc dù chịu tác động của biến động thị trường xuất khẩu và diễn biến thời tiết bất thường, các tỉnh, thành phố đều nỗ lực duy trì sản xuất, đẩy mạnh giải ngân vốn đầu tư công. Số liệu ước tính do các địa phương báo cáo tại hội nghị cho thấy phần lớn đều có khả năng đạt hoặc vượt mục tiêu tăng trưởng đề ra.',
      },
      {
        type: 'table',
        rows: [
          ['Địa phương', 'Mục tiêu tăng trưởng GRDP năm 2026 (%)', 'Ước thực hiện năm 2026 (%)'],
          ['Thành phố Cần Thơ', '8,5', '8,6'],
          ['Tỉnh An Giang', '8,0', '8,1'],
          ['Tỉnh Đồng Tháp', '8,0', '7,9'],
          ['Tỉnh Vĩnh Long', '8,0', '8,3'],
          ['Tỉnh Cà Mau', '7,5', '7,7'],
        ],
      },
      {
        type: 'p',
        text: 'Theo các địa phương, động lực tăng trưởng chủ yếu đến từ nông nghiệp công nghệ cao và công nghiệp chế biến nông, thủy sản, với nhiều nhà máy mới đi vào hoạt động. Du lịch sinh thái, du lịch sông nước tiếp tục phục hồi mạnh, lượng khách quốc tế tăng khá. Thành phố Cần Thơ phát huy vai trò trung tâm của vùng trong thương mại, dịch vụ, giáo dục và y tế, trong khi An Giang và Cà Mau đẩy mạnh phát triển kinh tế biển, năng lượng tái tạo.',
      },
      {
        type: 'figure',
        caption: 'Một đoạn tuyến cao tốc qua địa bàn thành phố Cần Thơ',
        alt: 'Tuyến đường cao tốc bốn làn xe thẳng tắp xuyên qua những cánh đồng lúa xanh, nhìn từ trên cao',
        credit: UNIT_BYLINE,
      },
      { type: 'h2', text: 'Những điểm nghẽn cần tháo gỡ' },
      {
        type: 'p',
        text: 'Bên cạnh kết quả tích cực, các địa phương cũng thẳng thắn chỉ ra những điểm nghẽn cần sớm được tháo gỡ để tạo đà cho các năm tiếp theo. Theo đánh giá chung, việc khắc phục các điểm nghẽn này đòi hỏi sự phối hợp chặt chẽ giữa các bộ, ngành Trung ương với địa phương và giữa các địa phương trong vùng.',
      },
      {
        type: 'ul',
        items: [
          'Nguồn cung vật liệu xây dựng, nhất là cát đắp nền cho các dự án giao thông, còn thiếu.',
          'Hệ thống logistics, kho lạnh phục vụ xuất khẩu nông sản chưa đáp ứng yêu cầu.',
          'Sạt lở bờ sông, bờ biển và xâm nhập mặn tiếp tục diễn biến phức tạp.',
          'Chất lượng nguồn nhân lực, nhất là lao động qua đào tạo, còn thấp so với bình quân cả nước.',
        ],
      },
      {
        type: 'p',
        text: 'Phát biểu tại hội nghị, đại diện Vụ Kinh tế vùng và Địa phương đề nghị các tỉnh, thành phố tập trung cao độ cho những tháng cuối năm, nhất là đẩy nhanh giải ngân vốn đầu tư công, tháo gỡ khó khăn cho doanh nghiệp và chuẩn bị tốt các điều kiện cho sản xuất vụ đông xuân. Các kiến nghị của địa phương sẽ được tổng hợp, báo cáo Lãnh đạo Ban để tham mưu với cấp có thẩm quyền xem xét, giải quyết.',
      },
    ],
  },
];

export const demoPeople: SeedPerson[] = [
  // Nguyễn Hồng Sơn and Vũ Trọng Bình are registered with the seed story (seed-story.ts).
  // Fictional officials below.
  {
    name: 'Đỗ Văn Thịnh',
    slug: 'do-van-thinh',
    positions: [
      {
        title: 'Phó Vụ trưởng Vụ Kinh tế vùng và Địa phương',
        unit: 'Vụ Kinh tế vùng và Địa phương',
        from: '2018-04-01',
      },
    ],
  },
  {
    // Title changed over time: Deputy Director (2021 meeting) -> Director (2022 and 2026 meetings).
    name: 'Lê Thị Thu Hà',
    slug: 'le-thi-thu-ha',
    positions: [
      {
        title: 'Phó Vụ trưởng Vụ Kinh tế ngành',
        unit: 'Vụ Kinh tế ngành',
        from: '2017-06-01',
        to: '2022-05-31',
      },
      {
        title: 'Vụ trưởng Vụ Kinh tế ngành',
        unit: 'Vụ Kinh tế ngành',
        from: '2022-06-01',
      },
    ],
  },
  {
    // Title changed over time: Deputy Chief of Office (2020 meeting) -> Chief of Office (2022 and 2025 meetings).
    name: 'Ngô Đức Toàn',
    slug: 'ngo-duc-toan',
    positions: [
      {
        title: 'Phó Chánh Văn phòng Ban',
        unit: 'Văn phòng Ban',
        from: '2016-10-01',
        to: '2020-12-31',
      },
      {
        title: 'Chánh Văn phòng Ban',
        unit: 'Văn phòng Ban',
        from: '2021-01-01',
      },
    ],
  },
  {
    name: 'Phạm Minh Khôi',
    slug: 'pham-minh-khoi',
    positions: [
      {
        title: 'Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
        unit: 'Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
        from: '2019-01-01',
      },
    ],
  },
  {
    name: 'Trần Thị Mai Phương',
    slug: 'tran-thi-mai-phuong',
    positions: [
      {
        title: 'Phó Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
        unit: 'Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
        from: '2020-03-01',
      },
    ],
  },
  {
    name: 'Hoàng Thị Ngọc Lan',
    slug: 'hoang-thi-ngoc-lan',
    positions: [
      {
        title: 'Vụ trưởng Vụ Kinh tế tổng hợp',
        unit: 'Vụ Kinh tế tổng hợp',
        from: '2020-09-01',
      },
    ],
  },
  {
    name: 'Trịnh Thu Hằng',
    slug: 'trinh-thu-hang',
    positions: [
      {
        title: 'Phó Vụ trưởng Vụ Kinh tế tổng hợp',
        unit: 'Vụ Kinh tế tổng hợp',
        from: '2022-03-01',
      },
    ],
  },
  {
    name: 'Đặng Quốc Lộc',
    slug: 'dang-quoc-loc',
    positions: [
      {
        title: 'Giảng viên cao cấp, Trường Đại học Kinh tế Quốc dân',
        unit: 'Trường Đại học Kinh tế Quốc dân',
        from: '2015-09-01',
      },
    ],
  },
  {
    name: 'Vương Văn Sính',
    slug: 'vuong-van-sinh',
    positions: [
      {
        title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai',
        unit: 'Ủy ban nhân dân tỉnh Lào Cai',
        from: '2016-07-01',
        to: '2021-06-30',
      },
    ],
  },
  {
    // Province of Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01.
    name: 'Lê Văn Khánh',
    slug: 'le-van-khanh',
    positions: [
      {
        title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế',
        unit: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
        from: '2021-07-01',
        to: '2024-12-31',
      },
      {
        title: 'Phó Chủ tịch Ủy ban nhân dân thành phố Huế',
        unit: 'Ủy ban nhân dân thành phố Huế',
        from: '2025-01-01',
      },
    ],
  },
  {
    // Bến Tre merged into the new Vĩnh Long province on 2025-07-01.
    name: 'Huỳnh Văn Lợi',
    slug: 'huynh-van-loi',
    positions: [
      {
        title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Bến Tre',
        unit: 'Ủy ban nhân dân tỉnh Bến Tre',
        from: '2021-06-01',
        to: '2025-06-30',
      },
      {
        title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long',
        unit: 'Ủy ban nhân dân tỉnh Vĩnh Long',
        from: '2025-07-01',
      },
    ],
  },
];
