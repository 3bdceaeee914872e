package org.hutong.projects.gate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;

/** One gatekeeper's scoring of a review: an answer per criterion and a comment; scoring again replaces it. */
@Entity
@Table(name = "projects_gate_score")
public class GateScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "gate_id")
	private Gate gate;

	@Column(name = "gatekeeper_id")
	private long gatekeeperId;

	private String comment;

	@Column(name = "scored_at")
	private Instant scoredAt;

	@OneToMany(mappedBy = "score", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 20)
	private List<GateAnswer> answers = new ArrayList<>();

	protected GateScore() {
	}

	GateScore(Gate gate, long gatekeeperId) {
		this.gate = gate;
		this.gatekeeperId = gatekeeperId;
	}

	/** Replaces the answers (criterion id → 是/否 or 1–5) and the comment. */
	void fill(Map<Long, Boolean> met, Map<Long, Integer> points, String comment, Instant now) {
		answers.clear();
		met.forEach((criterion, yes) -> answers.add(new GateAnswer(this, criterion, yes, null)));
		points.forEach((criterion, value) -> answers.add(new GateAnswer(this, criterion, null, value)));
		this.comment = comment;
		this.scoredAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getGatekeeperId() {
		return gatekeeperId;
	}

	public String getComment() {
		return comment;
	}

	public Instant getScoredAt() {
		return scoredAt;
	}

	public List<GateAnswer> getAnswers() {
		return answers;
	}
}
