import type { Company } from './companies';
import type { Draw } from './draw';
import type { Traits } from './traits';

export type Product = 'Voice AI' | 'Voice' | 'SMS' | 'Verify' | 'Wireless';

/** Products the call covered: driven by the traits and the industry, with some noise. */
export function drawProducts(d: Draw, c: Company, tr: Traits): Product[] {
	const list: Product[] = [];
	if (tr.voice >= 2 || (tr.voice === 1 && d.chance(0.4))) list.push('Voice AI');
	if (tr.voice >= 1 || c.industry.voiceAffinity > 0.5 ? d.chance(0.7) : d.chance(0.2))
		list.push('Voice');
	if (d.chance(0.5)) list.push('SMS');
	if (
		d.chance(
			['Fintech', 'Healthcare', 'Insurance', 'Retail & E-commerce'].includes(c.industry.name)
				? 0.6
				: 0.2
		)
	)
		list.push('Verify');
	if (
		d.chance(
			['Logistics', 'Telecommunications', 'Automotive'].includes(c.industry.name) ? 0.5 : 0.05
		)
	)
		list.push('Wireless');
	return list;
}
