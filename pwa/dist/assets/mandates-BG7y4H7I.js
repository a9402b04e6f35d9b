import{_ as e,c as t,dt as n,tt as r,ut as i,w as a}from"./ui-De55XYkP.js";import{_ as o,n as s,r as c,t as l,v as u}from"./index-8kl_x9HV.js";var d=r(`
  query Mandates { mandates(first: 50) { totalCount edges { node { id behaviour target period team commitments(first: 0) { totalCount } } } } }
`),f=r(`mutation CreateMandate($input: CreateMandateInput!) { createMandate(input: $input) { id } }`),p=r(`mutation DeleteMandate($id: ID!) { deleteMandate(id: $id) }`);function m(){let r=a(d,{}),[m,h]=l(r.reload),g=s(e=>{let t=Number(e.get(`target`)),n=o(`Mandate`,{target:t,team:String(e.get(`team`)??``)||null});return!n.target&&!Number.isInteger(t)&&(n.target=`a whole number`),n},async e=>{let t=u(String(e.get(`team`)??``))||null;return await i(f,{input:{behaviour:String(e.get(`behaviour`)),target:Number(e.get(`target`)),period:String(e.get(`period`)),team:t}}),t?`Mandated for the ${t} team.`:`Mandated for everyone.`},r.reload),_=r.data?.mandates.edges?.flatMap(e=>e?.node?[e.node]:[])??[],{form:v}=g;return n`<section class="card" aria-label="Mandated commitments">
    <h2>Mandated commitments</h2>
    <p class="muted">Set a commitment for everyone, or for a team: each person it applies to sees it among theirs and cannot remove it. People added later get it too.</p>
    <${t} r=${r} what="the mandates" />
    <ul class="list">${_.map(t=>n`<li data-testid="mandate"><strong>${c[t.behaviour]}: ${t.target} a ${t.period===`QUARTER`?`quarter`:`month`}</strong>
      <span class="muted"> · ${t.team?`the `+t.team+` team`:`everyone`} · ${e(t.commitments.totalCount,`person`,`people`)}</span>
      <button type="button" class="link" onClick=${()=>h(()=>i(p,{id:t.id}),`Mandate removed.`)}>Remove</button></li>`)}</ul>
    <form onSubmit=${g.submit} onInput=${v.onInput} ref=${v.ref} aria-label="New mandate" novalidate>
      <label>Behaviour <select name="behaviour">${Object.keys(c).map(e=>n`<option value=${e}>${c[e]}</option>`)}</select></label>
      <div class="row">
        <label>Target <input type="number" inputmode="numeric" defaultValue="5" ...${v.field(`target`)} />${v.error(`target`)}</label>
        <label>Per <select name="period"><option value="MONTH">Month</option><option value="QUARTER">Quarter</option></select></label>
      </div>
      <label>Team (optional: empty for everyone) <input autocomplete="off" ...${v.field(`team`)} />${v.error(`team`)}</label>
      ${v.others()}
      <button type="submit">Mandate it</button>
      ${(g.msg||m)&&n`<p role="status">${g.msg||m}</p>`}
    </form>
  </section>`}export{m as Mandates};