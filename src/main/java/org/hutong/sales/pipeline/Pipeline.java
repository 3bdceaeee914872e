package org.hutong.sales.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * 销售流程: ordered open stages followed by 赢单 and 输单, which every pipeline has and keeps last.
 * Stages are added before the final two, moved among the open ones, and removed while open.
 */
@Entity
@Table(name = "sales_pipeline")
public class Pipeline {

	static final int NAME_LENGTH = 30;

	static final int MAX_STAGES = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	private String name;

	private int position;

	@Version
	private long version;

	@OneToMany(mappedBy = "pipeline", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Stage> stages = new ArrayList<>();

	protected Pipeline() {
	}

	/** A pipeline with these open stages (name and probability), then 赢单 and 输单. */
	Pipeline(String name, int position, List<OpenStage> open, String won, String lost) {
		this.name = name;
		this.position = position;
		open.forEach(stage -> stages.add(new Stage(this, stage.name(), stage.probability(), null)));
		stages.add(new Stage(this, won, 100, StageOutcome.WON));
		stages.add(new Stage(this, lost, 0, StageOutcome.LOST));
		renumber();
	}

	/** An open stage as the defaults and the form give it. */
	record OpenStage(String name, int probability) {
	}

	void rename(String newName) {
		this.name = newName;
	}

	/** Adds an open stage just before 赢单. */
	Stage addStage(String stageName, int probability) {
		Stage stage = new Stage(this, stageName, probability, null);
		stages.add(openCount(), stage);
		renumber();
		return stage;
	}

	/** Moves an open stage one place up or down among the open ones; a final stage stays. */
	void move(long stageId, boolean up) {
		int at = indexOf(stageId);
		int to = up ? at - 1 : at + 1;
		if (at < 0 || stages.get(at).isFinal() || to < 0 || to >= openCount()) {
			return;
		}
		stages.add(to, stages.remove(at));
		renumber();
	}

	/** Removes an open stage; 赢单 and 输单 stay, and one open stage at least. */
	boolean removeStage(long stageId) {
		int at = indexOf(stageId);
		if (at < 0 || stages.get(at).isFinal() || openCount() <= 1) {
			return false;
		}
		stages.remove(at);
		renumber();
		return true;
	}

	Optional<Stage> stage(long stageId) {
		return stages.stream().filter(stage -> stage.getId() != null && stage.getId() == stageId).findFirst();
	}

	int openCount() {
		return (int) stages.stream().filter(stage -> !stage.isFinal()).count();
	}

	private int indexOf(long stageId) {
		for (int i = 0; i < stages.size(); i++) {
			if (stages.get(i).getId() != null && stages.get(i).getId() == stageId) {
				return i;
			}
		}
		return -1;
	}

	private void renumber() {
		for (int i = 0; i < stages.size(); i++) {
			stages.get(i).place(i + 1);
		}
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
	}

	public List<Stage> getStages() {
		return List.copyOf(stages);
	}
}
