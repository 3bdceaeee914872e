package org.hutong.customers.lead;

import jakarta.servlet.http.HttpServletRequest;

import org.hutong.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A converted lead is read-only: changing or converting it again answers 409, as a page or problem+json. */
@ControllerAdvice(assignableTypes = { LeadController.class, LeadConversionController.class, LeadApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class LeadProblems {

	private static final String DETAIL = "lead.readOnly";

	private final ApiProblems problems;

	LeadProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(LeadAlreadyConverted.class)
	Object converted(HttpServletRequest request) {
		if (ApiProblems.isApi(request)) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.problem(request, HttpStatus.CONFLICT, DETAIL));
		}
		ModelAndView page = new ModelAndView("web/error");
		page.setStatus(HttpStatus.CONFLICT);
		page.addObject("status", HttpStatus.CONFLICT.value());
		page.addObject("detailKey", DETAIL);
		return page;
	}
}
