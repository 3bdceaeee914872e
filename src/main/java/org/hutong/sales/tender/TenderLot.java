package org.hutong.sales.tender;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** 标包: one lot of a tender, our price for it and, from the 开标记录, who won it at what price. */
@Entity
@Table(name = "sales_tender_lot")
public class TenderLot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id")
	private Long tenantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "tender_id")
	private Tender tender;

	private int position;

	private String name;

	@Column(name = "our_price")
	private BigDecimal ourPrice;

	private String winner;

	@Column(name = "winning_price")
	private BigDecimal winningPrice;

	protected TenderLot() {
	}

	TenderLot(Tender tender, int position, String name, BigDecimal ourPrice) {
		this.tender = tender;
		this.position = position;
		this.name = name;
		this.ourPrice = ourPrice;
	}

	void describe(String name, BigDecimal ourPrice) {
		this.name = name;
		this.ourPrice = ourPrice;
	}

	void opened(String winner, BigDecimal winningPrice) {
		this.winner = winner;
		this.winningPrice = winningPrice;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public BigDecimal getOurPrice() {
		return ourPrice;
	}

	public String getWinner() {
		return winner;
	}

	public BigDecimal getWinningPrice() {
		return winningPrice;
	}
}
