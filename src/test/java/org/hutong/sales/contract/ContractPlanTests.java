package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hutong.sales.collection.Installment;
import org.junit.jupiter.api.Test;

/**
 * How the engine's installments fold into one plan line per term: batches summed, the last due day
 * kept, an undated batch not hiding a dated one, and a term without installments planning nothing.
 */
class ContractPlanTests {

	private static final LocalDate MAY = LocalDate.of(2026, 5, 10);

	private static final LocalDate JUNE = LocalDate.of(2026, 6, 20);

	@Test
	void aTermPaidInBatchesKeepsTheirSumAndTheLastDueDay() {
		List<ContractPlan.TermPlan> plan = ContractPlan.perTerm(List.of(installment(0, null, "300.00", MAY),
				installment(1, 1, "240.00", JUNE), installment(1, 2, "360.00", MAY)), 2);

		assertThat(plan.get(0).amount()).isEqualByComparingTo("300.00");
		assertThat(plan.get(0).dueOn()).isEqualTo(MAY);
		assertThat(plan.get(1).amount()).isEqualByComparingTo("600.00");
		assertThat(plan.get(1).dueOn()).isEqualTo(JUNE);
	}

	@Test
	void anUndatedBatchNeitherHidesNorReplacesADatedOne() {
		assertThat(ContractPlan.perTerm(List.of(installment(0, 1, "100.00", null), installment(0, 2, "100.00", MAY)), 1)
			.get(0).dueOn()).isEqualTo(MAY);
		assertThat(ContractPlan.perTerm(List.of(installment(0, 1, "100.00", MAY), installment(0, 2, "100.00", null)), 1)
			.get(0).dueOn()).isEqualTo(MAY);
	}

	@Test
	void aTermWithoutInstallmentsPlansNothing() {
		List<ContractPlan.TermPlan> plan = ContractPlan.perTerm(List.of(installment(0, null, "100.00", MAY)), 2);

		assertThat(plan).hasSize(2);
		assertThat(plan.get(1).amount()).isNull();
		assertThat(plan.get(1).dueOn()).isNull();
	}

	private static Installment installment(int term, Integer batch, String amount, LocalDate due) {
		return new Installment(term, "款", batch, new BigDecimal(amount), due, false, Set.of(),
				due == null ? Installment.Status.NOT_TRIGGERED : Installment.Status.NOT_DUE);
	}
}
