package org.hutong.customers.customer;

import jakarta.servlet.http.HttpServletRequest;

import org.hutong.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A recycle-bin action the customer's state refuses answers 409, as a page or problem+json naming why. */
@ControllerAdvice(assignableTypes = { RecycleBinController.class, RecycleBinApiController.class,
		CustomerMergeController.class, CustomerMergeApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerProblems {

	private final ApiProblems problems;

	CustomerProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(CustomerRefused.class)
	Object refused(CustomerRefused refused, HttpServletRequest request) {
		if (ApiProblems.isApi(request)) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(problems.problem(request, HttpStatus.CONFLICT, refused.messageKey(), refused.arguments()));
		}
		ModelAndView page = new ModelAndView("web/error");
		page.setStatus(HttpStatus.CONFLICT);
		page.addObject("status", HttpStatus.CONFLICT.value());
		page.addObject("detailKey", refused.messageKey());
		return page;
	}
}
