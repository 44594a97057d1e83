import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'late shipment rate (FBM)',
  sections: {
    acknowledgement:
      'Our late shipment rate for the 30 days ending 12 March reached 9.4%, above the 4% target. ' +
      'We accept full responsibility for the delays our buyers experienced.',
    'root-cause':
      'We relied on one warehouse employee to print labels once a day, at 4 pm. On days with more than 60 orders, ' +
      'parcels missed the carrier collection and were shipped a day late.',
    'immediate-actions':
      'On 13 March we shipped all 41 open orders with tracking and confirmed their delivery dates. ' +
      'We also added a second label printing run at 11 am.',
    'preventive-measures':
      'Since 14 March a second packer works every afternoon, and our shipping software now alerts the warehouse ' +
      'manager when an order is 12 hours from its ship-by date. We have set the handling time to 2 days for all SKUs.',
    evidence:
      'Attached are the new staff rota signed on 14 March, a screenshot of the alert settings and the shipping ' +
      'report for 14 to 28 March showing 0 late shipments.',
  },
};

const inauthentic: GoodSample = {
  name: 'inauthentic item complaints',
  sections: {
    acknowledgement:
      'Amazon received two inauthentic item complaints for ASIN B08K3QZ7T2 in February. ' +
      'We understand that buyers must always receive genuine products.',
    'root-cause':
      "We bought 200 units from a new wholesaler in January without asking for the brand's authorisation letter, " +
      'and our receiving check did not compare the packaging with units from the brand owner.',
    'immediate-actions':
      'We removed our offer on 20 February, created a removal order for all 143 remaining units and refunded ' +
      'both buyers in full.',
    'preventive-measures':
      "Since 22 February we have bought only from distributors listed on the brand's website, and our purchasing " +
      'manager checks the authorisation letter and invoice before every order. Each inbound delivery is compared ' +
      'with a reference unit.',
    evidence:
      'Enclosed are invoices from the authorised distributor dated 24 February, the authorisation letter and our ' +
      'supplier approval checklist.',
  },
};

const defects: GoodSample = {
  name: 'order defect rate from damaged items',
  sections: {
    acknowledgement:
      'Our order defect rate rose to 1.6% in April, mostly through negative feedback about damaged glassware. ' +
      'We take responsibility for how these items were packed.',
    'root-cause':
      'Our packing table had no bubble wrap standard, so fragile items in 37 orders were packed with paper only ' +
      'and broke in transit.',
    'immediate-actions':
      'We contacted all 37 buyers between 2 and 4 May, sent replacements or full refunds, and replaced the paper ' +
      'filling with double-wall boxes and bubble wrap.',
    'preventive-measures':
      'We have written a packing instruction with photos for every fragile SKU, and since 5 May our shift lead ' +
      'signs off each fragile parcel before it leaves. Drop tests from 1 metre were added for new products.',
    evidence:
      'Attached: the packing instruction, the sign-off log for 5 to 19 May and the feedback report showing no new ' +
      'damage complaints since 6 May.',
  },
};

const trademark: GoodSample = {
  name: 'trademark complaint',
  sections: {
    acknowledgement:
      'We received a trademark infringement notice for a protected brand name used in the titles of three of our ' +
      'listings. We respect the rights holder and accept that this use was not allowed.',
    'root-cause':
      'Our copywriter added other brand names as search terms without a trademark check, because our listing ' +
      'process had no legal review step.',
    'immediate-actions':
      'On 8 June we deleted the brand name from the three titles and from all backend keywords, and we confirmed ' +
      'the changes with the rights owner by email.',
    'preventive-measures':
      'Since 10 June every new or edited listing passes a keyword check against the EUIPO trademark database, done ' +
      'by our compliance officer. Our copywriter completed a two-hour training on brand rights on 12 June.',
    evidence:
      'We attach the corrected listing screenshots, the keyword check template and the training certificate ' +
      'dated 12 June.',
  },
};

const safety: GoodSample = {
  name: 'product safety complaint',
  sections: {
    acknowledgement:
      'A buyer reported that the charger sold under ASIN B09T5W1LQX overheated. Product safety is our ' +
      'responsibility, and our checks did not catch this defect.',
    'root-cause':
      "The batch received on 3 July came from a new factory line, and we accepted it with the supplier's " +
      'certificate alone, without our own test of 5 sample units.',
    'immediate-actions':
      'We stopped sales of the ASIN on 15 July, quarantined the 320 units in stock and had 10 units tested by an ' +
      'accredited lab, which confirmed a faulty thermal fuse.',
    'preventive-measures':
      'Since 20 July every new batch is held until an accredited lab has tested 5 units, and our quality manager ' +
      'approves the report before the units ship to FBA.',
    evidence:
      "Attached are the lab report of 18 July, the new batch release procedure and the supplier's corrective " +
      'action report dated 19 July.',
  },
};

const usedAsNew: GoodSample = {
  name: 'used sold as new',
  sections: {
    acknowledgement:
      'Between 1 and 20 August, four buyers told us that items listed as new had signs of use. ' +
      'We accept that this misled our customers.',
    'root-cause':
      'In August, 11 returned units were put back into sellable stock after a visual check only, and nobody ' +
      'verified seals or accessories before relisting them as new.',
    'immediate-actions':
      'We pulled all 58 returned units from sellable stock on 21 August, inspected each one and relisted 12 of ' +
      'them as Used - Very Good.',
    'preventive-measures':
      'Since 22 August returns go to a separate shelf, and our returns specialist checks the seal, accessories and ' +
      'serial number of every unit before it can be listed as new. Units with a broken seal are now always sold ' +
      'as used.',
    evidence:
      'We attach the returns inspection checklist, photos of the separate returns shelf and the inspection log for ' +
      '22 August to 5 September.',
  },
};

const expired: GoodSample = {
  name: 'expired food',
  sections: {
    acknowledgement:
      'Buyers received protein bars past their expiry date under ASIN B07Q1MZ9RC. ' +
      'We understand how serious this is for a food product.',
    'root-cause':
      'We sent 400 bars to FBA with only 45 days of shelf life left, because our stock planning did not record ' +
      'expiry dates per batch.',
    'immediate-actions':
      'On 2 October we created a removal order for all remaining units, reimbursed the 6 affected buyers and ' +
      'checked every other food ASIN for short-dated stock.',
    'preventive-measures':
      'Since 4 October our inventory spreadsheet records the expiry date of every batch, and we no longer send ' +
      'food with less than 120 days of shelf life to FBA. The warehouse manager reviews the expiry report every ' +
      'Monday.',
    evidence:
      'Attached are the removal order confirmation, the updated spreadsheet with expiry dates and the Monday ' +
      'reports from 9 and 16 October.',
  },
};

const tracking: GoodSample = {
  name: 'valid tracking rate',
  sections: {
    acknowledgement:
      'Our valid tracking rate fell to 87% in November, below the required 95%. We take responsibility for ' +
      'shipping orders without uploading tracking numbers.',
    'root-cause':
      "Orders under 500 g went out with the postal service's untracked letter rate, and our shop software did not " +
      'upload tracking for that service.',
    'immediate-actions':
      'From 3 December we switched all small items to a tracked service and uploaded tracking for the 52 orders ' +
      'still in transit.',
    'preventive-measures':
      'We have changed the default shipping template so that every service without tracking is blocked in our ' +
      'shop software. Since 5 December our order coordinator checks the daily unshipped report at 2 pm for any ' +
      'order missing a tracking number.',
    evidence:
      'We attach the new shipping template settings, the carrier contract for tracked letters and the tracking ' +
      'report for 5 to 19 December showing a valid tracking rate of 99%.',
  },
};

export const enSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking],
  bad: [
    variant(inauthentic, 'evidence left empty', 'missing-section', { evidence: '   \n ' }),
    variant(lateShipments, 'far over one page', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) => `Order 302-5551234-${String(n).padStart(5, '0')} left our warehouse one day after its ship-by date.`,
        60,
      ),
    }),
    variant(defects, 'vague promises', 'vague-promise', {
      'preventive-measures':
        'We will improve quality control and be more careful with fragile items. Our packing team has also been ' +
        'reminded to pay more attention.',
    }),
    variant(lateShipments, 'blames carrier and buyers', 'blaming', {
      'root-cause':
        "The late shipments were the carrier's fault, and several buyers lied about not receiving their parcels " +
        'to get refunds.',
    }),
    variant(inauthentic, 'emotional acknowledgement', 'emotional', {
      acknowledgement:
        'We are extremely frustrated by this unfair decision, which makes no sense after 6 years of selling ' +
        'genuine products.',
    }),
    variant(trademark, 'actions only promised', 'future-only', {
      'immediate-actions':
        'We will remove the brand name from the three titles and will check all backend keywords. Going forward, ' +
        'the rights owner is going to be contacted before any change.',
    }),
    variant(safety, 'root cause pasted into actions', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'root cause names nothing specific', 'generic-root-cause', {
      'root-cause':
        'We made a mistake in our processes and did not follow the rules carefully enough. ' +
        'We understand now what went wrong and why.',
    }),
    variant(expired, 'the acknowledgement pasted 5 times', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'evidence names no document', 'evidence-unnamed', {
      evidence: 'We are confident that the new way of working is in place and that it works well for our buyers.',
    }),
  ],
};
