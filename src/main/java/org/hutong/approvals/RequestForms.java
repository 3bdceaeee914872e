package org.hutong.approvals;

import java.util.Map;
import java.util.Optional;

import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.form.StockForms;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a form request held, for a module that acts once it is decided (an approved 报销 linked to a
 * project counts as the project's cost): read after {@link ApprovalDecided}, in its enterprise.
 */
@Service
@Transactional(readOnly = true)
public class RequestForms {

	/** The stock 报销 form's key. */
	public static final String EXPENSE = StockForms.EXPENSE;

	private final ApprovalRequestRepository requests;

	private final FlowRepository flows;

	RequestForms(ApprovalRequestRepository requests, FlowRepository flows) {
		this.requests = requests;
		this.flows = flows;
	}

	/** The request's form and values in the current enterprise; empty for an unknown id or another enterprise's. */
	public Optional<RequestForm> of(long requestId) {
		return requests.findById(requestId).flatMap(request -> flows.findById(request.getFlowId())
			.map(flow -> new RequestForm(flow.getFormKey(), request.getNumber(), request.getSubmitterId(),
					request.values())));
	}

	/**
	 * @param formKey the form's key, such as {@code expense}
	 * @param values the field values by key as the form kept them (a line table is a list of maps)
	 */
	public record RequestForm(String formKey, String number, long submitterId, Map<String, Object> values) {
	}
}
