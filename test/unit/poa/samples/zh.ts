import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: '迟发率超标（自发货）',
  sections: {
    acknowledgement:
      '截至2024年3月12日的30天内，我们店铺的迟发率达到9.4%，超过了亚马逊4%的标准。' +
      '这些延误影响了买家的收货体验，责任完全在我们。',
    'root-cause':
      '我们的自发货订单由工厂直发，工厂从接单到出货平均需要3天，但我们在后台设置的备货时间只有1天。' +
      '3月初促销期间，日均订单从20单涨到70单，超出备货时间的订单因此全部迟发。',
    'immediate-actions':
      '3月13日，我们把所有SKU的备货时间从1天改为3天，并在当天将41个待发订单全部发出、上传了运单号。' +
      '对已经迟发的订单，我们逐一给买家发消息，说明了预计送达日期。',
    'preventive-measures':
      '从3月14日起，我们在深圳仓库备有30天销量的现货，自发货订单改由仓库当天打包发出，不再由工厂直发。' +
      '运营主管每天上午10点在ERP里查看距离最晚发货时间不足12小时的订单，并在当天中午前处理完毕。',
    evidence: '随附：3月14日签署的仓库备货确认单、后台备货时间设置截图，以及3月14日至28日的发货报告（迟发订单为0）。',
  },
};

const inauthentic: GoodSample = {
  name: '商品真实性投诉',
  sections: {
    acknowledgement:
      '2月份，ASIN B08K3QZ7T2 收到两起买家关于商品真实性的投诉。' +
      '我们清楚，买家在亚马逊购买的每一件商品都必须是正品。',
    'root-cause':
      '1月份我们从一家新合作的批发商处采购了200件货，没有索要品牌方的授权书，也没有保留正规采购发票；' +
      '入库时只核对了数量，没有把包装和品牌方的正品进行比对。',
    'immediate-actions':
      '2月20日，我们下架了该商品，为剩余的143件库存创建了移除订单，并给两位投诉的买家办理了全额退款。',
    'preventive-measures':
      '自2月22日起，我们只从品牌官网公布的授权经销商处进货。每次下单前，采购经理都会核对授权书和发票；' +
      '每批到货都要与留样的正品逐项比对，合格后才能发往FBA仓库。',
    evidence: '随附：授权经销商2月24日开具的发票、品牌授权书，以及我们的供应商审核清单。',
  },
};

const defects: GoodSample = {
  name: '订单缺陷率（耳机充电故障）',
  sections: {
    acknowledgement:
      '4月份我们的订单缺陷率升至1.6%，主要原因是多位买家留下差评，反映蓝牙耳机的左耳无法充电。' +
      '我们为给买家带来的不便深表歉意，并对这批产品的质量负责。',
    'root-cause':
      '3月到货的一批共500副耳机更换了充电仓的弹片供应商，新弹片比原来的短0.3毫米，左耳放入后接触不良。' +
      '我们验货时只抽检了开机和配对，没有测试充电功能。',
    'immediate-actions':
      '4月28日，我们暂停销售该ASIN，封存了FBA仓库中剩余的312副耳机，并在5月2日前联系了全部46位受影响的买家，' +
      '为他们免费补发新品或全额退款。',
    'preventive-measures':
      '工厂已于5月3日恢复使用原供应商的弹片。从5月起，每批耳机到货后，质检员按10%的比例抽检充电功能，' +
      '每副连续充电2小时，合格后才能发往FBA。',
    evidence: '随附：工厂5月3日出具的整改报告、新的来料检验标准，以及5月份的抽检记录（共抽检180副，充电不良为0）。',
  },
};

const safety: GoodSample = {
  name: '产品安全投诉（儿童玩具）',
  sections: {
    acknowledgement:
      '一位买家反映，ASIN B0C7N4KD2P 的儿童积木车轮子容易脱落，幼儿可能误吞。' +
      '产品安全是我们的责任，而我们的检验没有发现这一隐患。',
    'root-cause':
      '6月到货的这批积木车换了新的注塑模具，车轮轴的卡扣比之前松。' +
      '我们只凭工厂提供的检测报告就放行了这批货，没有自己做拉力测试。',
    'immediate-actions':
      '7月15日，我们停止了该ASIN的销售，把FBA仓库的820件库存全部设为不可售并创建了移除订单；' +
      '同时送10件样品到SGS实验室检测，结果确认车轮在90牛的拉力下会脱落。',
    'preventive-measures':
      '从7月20日开始，每一批新货都要先由第三方实验室按照ASTM F963标准检测5件样品，' +
      '报告由品控经理签字确认后才能发往FBA。模具如有任何改动，工厂必须提前书面通知我们。',
    evidence: '随附：7月18日的SGS检测报告、新的批次放行流程文件，以及工厂7月19日提交的纠正措施报告。',
  },
};

const trademark: GoodSample = {
  name: '商标侵权投诉',
  sections: {
    acknowledgement:
      '我们收到一起商标侵权投诉，原因是我们有三条listing的标题里使用了他人的注册商标。' +
      '我们尊重权利人的知识产权，也承认这种用法是不被允许的。',
    'root-cause':
      '负责上架的文案人员为了获取更多搜索流量，把其他品牌的名称写进了标题和后台搜索词，' +
      '而我们的上架流程中没有商标审核这一步。',
    'immediate-actions':
      '6月8日，我们从三条listing的标题和全部后台搜索词中删除了该品牌名称，并通过邮件向权利人确认了修改结果。',
    'preventive-measures':
      '自6月10日起，所有新建或修改的listing在上线前，都要由合规专员在美国专利商标局（USPTO）的数据库中查询核对。' +
      '文案人员已于6月12日完成了2小时的商标知识培训。',
    evidence: '随附：修改后的listing截图、关键词审核模板，以及6月12日的培训签到表和结业证书。',
  },
};

const usedAsNew: GoodSample = {
  name: '二手商品当作新品销售',
  sections: {
    acknowledgement:
      '8月1日至20日，共有4位买家反映以新品出售的商品有明显使用痕迹。' + '我们承认，这让买家收到了与描述不符的商品。',
    'root-cause':
      '8月份有11件退回海外仓的退货只做了外观检查，就重新放回了可售库存；' +
      '没有人检查封口贴和配件是否齐全，这些商品又被当作新品卖了出去。',
    'immediate-actions': '8月21日，我们把58件退货全部从可售库存中撤出并逐件拆检，其中12件已改为二手商品重新上架。',
    'preventive-measures':
      '从8月22日起，退货单独存放在专用货架上，由退货专员检查每件商品的封口、配件和序列号，确认无误后才能以新品销售。' +
      '封口已拆的商品一律按二手商品出售。',
    evidence: '随附：退货检验清单、退货专用货架的照片，以及8月22日至9月5日的检验记录。',
  },
};

const expired: GoodSample = {
  name: '过期商品',
  sections: {
    acknowledgement: 'ASIN B07Q1MZ9RC 有买家收到了已过保质期的维生素软糖。这是入口的食品类商品，我们深知问题的严重性。',
    'root-cause': '我们发往FBA的400瓶软糖只剩45天保质期，原因是我们的库存表没有按批次记录到期日，发货时也没有人核对。',
    'immediate-actions':
      '10月2日，我们为剩余库存全部创建了移除订单，给6位受影响的买家退还了货款，并排查了店铺其他食品类ASIN的保质期。',
    'preventive-measures':
      '自10月4日起，我们的库存表按批次记录到期日，剩余保质期不足120天的食品一律不再发往FBA。' +
      '仓库主管每周一查看到期报表。',
    evidence: '随附：移除订单确认页面、更新后的批次到期日表格，以及10月9日和16日的周一到期报表。',
  },
};

const tracking: GoodSample = {
  name: '有效追踪率不达标',
  sections: {
    acknowledgement:
      '11月份我们的有效追踪率降到87%，低于亚马逊要求的95%。' + '部分订单发货时没有上传有效的追踪编码，这是我们的责任。',
    'root-cause':
      '我们的ERP在确认发货时，把云途物流的单号按“其他承运商”回传，承运商名称留空，导致亚马逊无法识别这些单号。' +
      '受影响的订单共有216个。',
    'immediate-actions':
      '12月3日，我们在ERP里为云途物流设置了正确的承运商代码，并为仍在途的52个订单手动补传了追踪编码和承运商名称。',
    'preventive-measures':
      '我们修改了ERP的发货模板，承运商字段为空时系统会拦截确认发货。' +
      '从12月5日开始，订单专员每天14点检查当天已确认发货的订单，核对追踪编码能否在亚马逊后台查询到。',
    evidence: '随附：ERP新模板的设置截图、与云途物流签订的服务协议，以及12月5日至19日的追踪报告（有效追踪率99%）。',
  },
};

const notAsDescribed: GoodSample = {
  name: '商品与描述不符（尺码）',
  sections: {
    acknowledgement:
      '5月份，我们的女士连衣裙（ASIN B0BX2M8QJH）有23笔退货的原因是“商品与描述不符”，主要是尺码偏小。' +
      '我们承认，详情页上的尺码信息误导了买家。',
    'root-cause':
      '详情页的尺码表直接沿用了国内尺码，标的是中国码而不是美国码，实际胸围比页面标注的小4厘米左右。' +
      '上架时也没有人按美国尺码标准复核。',
    'immediate-actions':
      '5月27日，我们按美国尺码重新测量了全部6个尺码的样衣，更新了尺码表和五点描述，' +
      '并为已退货的23位买家办理了全额退款，退货运费由我们承担。',
    'preventive-measures':
      '自6月1日起，每款新品上架前，产品专员都要按美国尺码标准实测3件样衣，把测量数据填入尺码核对表，' +
      '由运营经理签字后才能发布。',
    evidence: '随附：更新前后的尺码表对比截图、6个尺码的实测数据表，以及6月份2款新品的尺码核对表。',
  },
};

export const zhSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, safety, trademark, usedAsNew, expired, tracking, notAsDescribed],
  bad: [
    variant(inauthentic, '证明材料部分为空', 'missing-section', { evidence: '' }),
    variant(lateShipments, '远超一页', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) => `订单112-5551234-${String(n).padStart(7, '0')}比最晚发货日期晚了一天才从仓库发出。`,
        60,
      ),
    }),
    variant(defects, '空泛的承诺', 'vague-promise', {
      'preventive-measures':
        '今后我们会加强质量管控，在产品出厂前严格把好质量关。' +
        '我们也已经提醒质检人员，以后工作要更加认真细致，避免类似问题再次发生。',
    }),
    variant(lateShipments, '把责任推给物流商和买家', 'blaming', {
      'root-cause': '迟发的责任在物流商，他们经常不按时上门揽收。另外还有几个买家为了拿到退款，故意谎称没有收到货。',
    }),
    variant(inauthentic, '情绪化的问题陈述', 'emotional', {
      acknowledgement:
        '我们对这个不公平的决定感到非常愤怒和失望。我们诚信经营了6年，一直卖的都是正品，这样处理实在让人寒心。',
    }),
    variant(trademark, '措施只说要做', 'future-only', {
      'immediate-actions':
        '我们将从三条listing的标题中删除该品牌名称，并检查全部后台搜索词。' +
        '今后每次修改listing之前，我们都会先联系权利人。',
    }),
    variant(safety, '根本原因被复制进立即措施', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']}${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, '根本原因没有说出具体问题', 'generic-root-cause', {
      'root-cause': '我们在操作上出了差错，没有足够认真地遵守相关规定。现在我们已经明白问题出在哪里，也知道了原因。',
    }),
    variant(expired, '问题陈述粘贴了5遍', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(''),
    }),
    variant(tracking, '证明材料没有列出文件', 'evidence-unnamed', {
      evidence: '我们相信新的做法已经落实到位，对买家来说效果很好。',
    }),
  ],
};
