import{$ as e,A as t,N as n,R as r,V as ee,W as i,dt as a,f as o,i as s,j as c,l,m as u,mt as d,pt as f,tt as p,u as m,v as h}from"./ui-De55XYkP.js";import{_ as g,a as te,c as _,d as v,f as y,g as b,h as x,i as S,l as C,m as w,o as T,p as E,s as ne,u as re,v as D,y as ie}from"./index-8kl_x9HV.js";var ae=p(`
  mutation CreateFeedbackReview($input: CreateFeedbackReviewInput!) { createFeedbackReview(input: $input) { ...ReviewRow } }
`,[e]),O=[`Product`,`Support`,`Sales`,`Marketing`,`Finance`,`Operations`],k=12,A=e=>e.toLocaleString(`en`,{month:`long`})+` feedback review`,j=(e,t)=>{let n=[];for(let r of[...e,...t.split(`,`)].map(D))r&&!n.some(e=>e.toLowerCase()===r.toLowerCase())&&n.push(r);return n},M=(e,t,n)=>({store:`reviews`,op:`put`,record:{id:i(e),version:0,clientID:e,title:n.title,heldAt:n.heldAt,notes:n.notes,hostID:t,attendeeCount:n.attendeeIDs.length,conversationCount:n.conversationIDs.length}});function N({me:e,fix:p}){c();let N=re(p),[P]=f(()=>N.heldAt?new Date(String(N.heldAt)):new Date),[F,I]=f(()=>N.attendeeIDs??[]),[L,R]=f(()=>N.conversationIDs??[]),z=N.departmentsInvited??[],[B,V]=f(()=>z.filter(e=>O.includes(e))),[H,U]=f([]),[W,G]=f(!1),[K,q]=f(-1),[oe,se]=f(!1),ce=(e,t)=>U(H.map((n,r)=>e===r?{...n,...t}:n)),J=[...t(`conversations`).values()].sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),Y=W?J:J.filter((e,t)=>t<k||L.includes(e.id)),X=e=>{let t=new Date(String(e.get(`heldAt`)??``));return{at:t,input:{title:D(String(e.get(`title`)??``)),heldAt:isNaN(t.getTime())?``:t.toISOString(),departmentsInvited:j(B,String(e.get(`otherDepartments`)??``)),notes:E(e.get(`notes`)),attendeeIDs:F,conversationIDs:L}}},Z=ie(e=>{let{at:t,input:n}=X(e),r=g(`FeedbackReview`,{title:n.title,heldAt:n.heldAt,notes:n.notes});return isNaN(t.getTime())&&(r.heldAt=`Say when it was held: a date and a time.`),L.length>100&&(r.conversationIDs=`At most 100 conversations: ${u(L.length)} are chosen.`),H.forEach((e,t)=>Object.assign(r,C(e,`followUps.${t}.`))),r},y(p));d(()=>{K<0||(Z.ref.current?.querySelector(`[name="followUps.${K}.action"]`)?.focus(),q(-1))},[K]);let le=Z.submit(async t=>{se(!0);let a=p?.id??n(),s={clientID:a,...X(t).input};await r(p,a,`Feedback review “${s.title}”`,ae,{input:s},void 0,M(a,e,s));for(let t of H){let r=n(),o={clientID:r,action:D(t.action),ownerID:t.owner||e,dueOn:ne(t.due),reviewID:i(a)};await ee(r,`Follow-up: ${o.action}`,te,{input:o},void 0,_(o))}p||h(H.length?`Feedback review saved, with ${H.length===1?`its follow-up`:`its ${H.length} follow-ups`}.`:`Feedback review saved.`),o(p?`/pending`:`/reviews`)}),Q=(e,t)=>e.includes(t)?e.filter(e=>e!==t):[...e,t],$=Z.errors;return a`<${s} section="more">
    ${!p&&a`<a href="#/reviews">← Feedback reviews</a>`}
    <h1>${p?`Fix: a feedback review`:`Record a feedback review`}</h1>
    ${p?a`<p class="muted">The server did not take this feedback review. Change what it says, then send it again.</p>`:a`<p class="muted">You are its host. It counts for the month it was held in, for you and each attendee.</p>`}
    <form onSubmit=${le} onInput=${Z.onInput} ref=${Z.ref} aria-label="Record a feedback review" novalidate>
      <label>Title <input defaultValue=${String(N.title??A(P))} required ...${Z.field(`title`)} />${Z.error(`title`)}</label>
      <label>When <input type="datetime-local" defaultValue=${v(P)} required ...${Z.field(`heldAt`)} />${Z.error(`heldAt`)}</label>
      <${l} what="the people and the conversations" />
      <fieldset><legend>Who attended</legend>
        ${F.length>0&&a`<ul class="chips" aria-label="Attendees">${F.map(e=>a`<li class="chip on">${b(`people`,e,`someone`)}
          <button type="button" class="link" aria-label=${`Remove `+b(`people`,e,`this person`)} onClick=${()=>I(F.filter(t=>t!==e))}>×</button></li>`)}</ul>`}
        ${F.length<100&&a`<${w} label="Add an attendee" placeholder="Name, email or team" testid="review-attendee-search"
          invalid=${!!$.attendeeIDs} describedBy=${$.attendeeIDs?`err-attendeeIDs`:void 0}
          find=${(t,n)=>x(t,n,t=>t.id!==e&&!t.deactivatedAt&&!F.includes(t.id))}
          onPick=${e=>I([...F,e.id])} />`}
        ${Z.error(`attendeeIDs`)}
      </fieldset>
      <fieldset><legend>Departments invited</legend>
        <div class="chips" role="group" aria-label="Departments invited">
          ${O.map(e=>a`<button type="button" class="chip" aria-pressed=${B.includes(e)} onClick=${()=>V(Q(B,e))}>${e}</button>`)}
        </div>
        <label>Others (separated by commas) <input defaultValue=${z.filter(e=>!O.includes(e)).join(`, `)} ...${Z.field(`otherDepartments`)} /></label>
        ${Z.error(`departmentsInvited`)}
      </fieldset>
      <fieldset data-testid="reviewed"><legend>Conversations reviewed</legend>
        ${J.length===0?a`<p class="muted">No conversations on this device yet.</p>`:a`
          <p class="muted">${L.length?`${u(L.length)} chosen`:`None chosen`}, of the ${u(J.length)} on this device.</p>
          ${Y.map(e=>a`<label class="check"><input type="checkbox" checked=${L.includes(e.id)} onChange=${()=>R(Q(L,e.id))}
            aria-invalid=${$.conversationIDs?`true`:void 0} aria-describedby=${$.conversationIDs?`err-conversationIDs`:void 0} />
            <span>${S(e)} <span class="muted">· ${b(`people`,e.leaderID,`someone`)} · ${m(e.occurredAt)}</span></span></label>`)}
          ${!W&&Y.length<J.length&&a`<button type="button" class="secondary" onClick=${()=>G(!0)}>Show all ${u(J.length)}</button>`}`}
        ${Z.error(`conversationIDs`)}
      </fieldset>
      <label>Notes: what was said and agreed <textarea rows="4" defaultValue=${String(N.notes??``)} ...${Z.field(`notes`)}></textarea>${Z.error(`notes`)}</label>
      ${p?a`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>`:a`<fieldset><legend>Follow-ups agreed</legend>
        ${H.map((t,n)=>a`<${T} x=${t} i=${n} me=${e} form=${Z} label="Action" testid="agreed"
          set=${e=>ce(n,e)} drop=${()=>U(H.filter((e,t)=>t!==n))} />`)}
        <button type="button" class="secondary" onClick=${()=>(U([...H,{action:``,owner:e,due:``}]),q(H.length))}>Add a follow-up</button>
      </fieldset>`}
      ${Z.others()}
      <button type="submit" class="big" disabled=${oe}>${p?`Send again`:`Save the review`}</button>
    </form>
  </${s}>`}export{N as RecordReview};