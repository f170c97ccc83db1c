// The share image's layout, drawn by next/og (Satori: flexbox and a subset of CSS, so every
// element is display:flex and borders are solid). Colours are the site's light theme.

const PAPER = "#fbfaf7";
const INK = "#1b1a18";
const MUTED = "#56524b";
const ACCENT = "#8c1d18";

type TShareCardProps = {
  siteName: string;
  headline: string;
  headlineSize: number;
  dek: string;
  /** "By A and B · November 25, 2026". */
  footer: string;
};

export function ShareCard({ siteName, headline, headlineSize, dek, footer }: TShareCardProps) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: PAPER,
        color: INK,
        padding: "48px 72px 56px",
        borderTop: `16px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 34, fontWeight: 700, borderBottom: `4px solid ${INK}`, paddingBottom: 16 }}>
        {siteName}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: headlineSize, fontWeight: 700, lineHeight: 1.1 }}>{headline}</div>
        {dek ? <div style={{ display: "flex", fontSize: 30, color: MUTED, lineHeight: 1.3, marginTop: 20 }}>{dek}</div> : null}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: MUTED }}>{footer}</div>
    </div>
  );
}
